// Words that carry no subject of their own: grammar, politeness and the
// question vocabulary the intent rules already read. What remains of a
// message once these and the names are taken out is what it asks *about*.

export const FUNCTION_WORDS = new Set(
  // grammar
  (
    "a an the and or but if of in on at to for from by with about into onto over under before after " +
    "until till since during per via as than then so too very just also only still yet already even " +
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "this that these those there here who whom whose what which when where why how " +
    "is am are was were be been being do does did done doing have has had having " +
    "will would shall should can could may might must ought not no nor any anything anyone some " +
    "something someone all every each both either neither other another such same own more most " +
    "much many few lot lots one ones thing things " +
    "please thanks thank pls plz hi hello hey dear sir madam ms mr mrs dr " +
    // question and chat vocabulary
    "tell say said says know let give show see find get got need needs want like remind check read out " +
    "brief briefly quick quickly again now currently moment far so latest current overall " +
    "status state stand stands standing happening happen happened progress going go goes moving moved " +
    "update updates updated report reports reported reporting sent send submit submitted received " +
    "coordinate coordinates coordinated coordinating coordinator coordinators coordination " +
    "lead leads leading led lead donor donors member members part take taking " +
    "responsible charge handles handle handling looks look after covers cover contact talk speaks speak " +
    "sits represent represents representing delegation delegations team " +
    "action actions item items task tasks todo list owe owes owed due overdue late open pending " +
    "outstanding deliver done complete completed finished deadline deadlines plate hook left " +
    "meeting meetings meet next last previous time agenda minutes draft attended attendance present " +
    "decided decision decisions agreed came committee cc coordination country countries coalition " +
    "coalitions area areas thematic theme themes record records week month year today tomorrow " +
    "yesterday december november october september january february march april may june july august " +
    "ready prepare hand asked supposed required expected working work works anybody everybody"
  ).split(" "),
);
