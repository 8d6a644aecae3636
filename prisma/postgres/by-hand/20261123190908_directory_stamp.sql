-- The one stamp row, and the triggers that move it on every write to the
-- tables the directory snapshot reads (src/store/directory-cache.ts).
INSERT INTO "DirectoryStamp" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "directory_stamp_bump"() RETURNS trigger AS $$
BEGIN
    UPDATE "DirectoryStamp" SET "version" = "version" + 1 WHERE "id" = 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Committee_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Committee"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "Delegation_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Delegation"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "DelegationAlias_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "DelegationAlias"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "Person_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "Person"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "CommitteeRole_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CommitteeRole"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "ThematicArea_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ThematicArea"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "ThematicAreaAlias_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ThematicAreaAlias"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "AreaCoordinator_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "AreaCoordinator"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "CountryCoalition_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "CountryCoalition"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "ChatIdentity_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "ChatIdentity"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();

CREATE TRIGGER "WorkspaceBinding_directory_stamp" AFTER INSERT OR UPDATE OR DELETE ON "WorkspaceBinding"
    FOR EACH STATEMENT EXECUTE FUNCTION "directory_stamp_bump"();
