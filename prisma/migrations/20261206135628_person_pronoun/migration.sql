-- AlterTable
ALTER TABLE "Person" ADD COLUMN "pronoun" TEXT;
