/*
 * A tolerant grammar of kernel C at the level a refactoring needs: top-level
 * items, function definitions with bodies made of statements, struct and union
 * bodies with member declarations, and flat token runs everywhere else.
 *
 * It never needs to know which identifiers are types or macros: a declaration
 * is a run of tokens up to ';', a function definition is such a run ending in a
 * parameter list followed by a body. The model classifies the tokens of each
 * item (respin.core.parse.ModelBuilder). Balanced (...) and [...] groups, and
 * {...} right after '=', reach the parser as one token each
 * (respin.core.parse.GroupedTokens): the model reads inside them by position, and
 * every prediction stays a few tokens long. A top-level NAME(...) with no ';' that
 * stands on lines of its own, between complete items, is one MACRO_LINE token (with
 * a ',' after it, or designated initializers up to a closing word such as
 * MACHINE_END), and a top-level { ... }, is one INIT_ITEM. Directives are on their own channel,
 * so `#if` inside a parameter list or a struct is no obstacle; what cannot be
 * placed becomes a stray item and keeps its bytes.
 */
parser grammar CParser;

options { tokenVocab = CLexer; }

@members {
/**
 * Consumes a token without a terminal node in the tree: the model reads tokens by
 * position from the rule contexts' start and stop, so a node per token (and its
 * addChild) was pure cost. Error recovery still adds its error nodes, which mark
 * what it skipped.
 */
@Override
public Token consume() {
    if (_errHandler.inErrorRecoveryMode(this)) {
        return super.consume();
    }
    Token o = getCurrentToken();
    if (o.getType() != EOF) {
        getInputStream().consume();
    }
    return o;
}

/**
 * Consumes the plain tokens at LA(1) as a run's loop would, one by one, but the last:
 * the loop takes that one itself, so that its error recovery (which depends on the
 * state it stands in) sees the same state and token as without this shortcut. A loop
 * iteration per token (sync, switch, set test, reportMatch, consume) cost about 3 % of
 * a whole parse under the client compiler (C1); C2 makes it cheap either way.
 */
protected void skipRun() {
    if (Predictions.plain(_input.LA(1)) && Predictions.plain(_input.LA(2))) {
        _errHandler.reportMatch(this);
        do {
            _input.consume();
        } while (Predictions.plain(_input.LA(2)));
    }
}
}

translationUnit
    : externalItem* EOF
    ;

externalItem
    : functionDefinition
    | declaration
    | MACRO_LINE                 // SENSE_CODE(0x0000, "...") lines of an X-macro table, no ';'
    | INIT_ITEM                  // { ... }, : an element of a table #included inside an array
    | stray
    ;

functionDefinition
    : (taggedType
        | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
       )* PARENS funcTail* compoundStatement
    ;

funcTail
    : IDENT
    | PARENS
    ;

declaration
    : {skipRun();} (taggedType {skipRun();}
        | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
       )* SEMI
    | recordSpec                 // a struct body whose ';' sits behind an #if or is missing
    ;

/* A run of tokens, written out where it is used as
 *     (taggedType | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM))
 * that is: one LL(1) choice per token, so that prediction never runs inside a run of
 * tokens. A tag keyword always starts a taggedType; any other token but one that ends
 * a statement, opens or closes a block or a stray bracket, or is a whole top-level item
 * is one token of the run: PARENS, BRACKETS, INIT_BRACES (an initializer after '=', a
 * compound literal), DEEP and RUN (kept opaque), words, literals, operators, keywords,
 * and an LPAREN or LBRACKET whose closer is missing (or behind an #if). The run is not
 * a rule of its own: a rule context per token cost more than the rest of the parse. Where
 * the loop's exit needs no prediction (a declaration, member, jump or simple statement up to
 * its ';'), {skipRun();} consumes its plain tokens at once, all but the last.
 */

/* struct foo, or struct foo { ... }: a '{' after the tag is always its body. */
taggedType
    : (STRUCT | UNION | ENUM) IDENT* recordBody?
    ;

/* A struct, union or enum with its body, standing where a whole declaration can. */
recordSpec
    : (STRUCT | UNION | ENUM) IDENT* recordBody
    ;

recordBody
    : LBRACE memberDeclaration* (taggedType
                                  | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
                                 )* RBRACE   // enumerators, or a last member without ';'
    ;

memberDeclaration
    : {skipRun();} (taggedType {skipRun();}
        | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
       )* SEMI
    | recordSpec
    | strayInRecord
    ;

compoundStatement
    : LBRACE blockItem* lastStatement? RBRACE
    ;

/* The tokens before a '}' with no ';': { .use_ptrace = true, } after a macro such as
 * FIXTURE_VARIANT_ADD(x, y), or a statement macro that ends a block. */
lastStatement
    : (taggedType
        | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
       )+
    ;

blockItem
    : compoundStatement
    | labeledStatement
    | ifStatement
    | loopStatement
    | doStatement
    | switchStatement
    | jumpStatement
    | macroBlock
    | simpleStatement
    | strayInBlock
    ;

labeledStatement
    : (IDENT | DEFAULT | CASE (taggedType
                                | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
                               )+? ) COLON
    ;

ifStatement
    : IF PARENS blockItem (ELSE blockItem)?
    ;

loopStatement
    : (FOR | WHILE) PARENS blockItem
    ;

doStatement
    : DO blockItem WHILE PARENS SEMI
    ;

switchStatement
    : SWITCH PARENS blockItem
    ;

jumpStatement
    : (RETURN | GOTO | BREAK | CONTINUE) {skipRun();} (taggedType {skipRun();}
                                           | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
                                          )* SEMI
    ;

/* list_for_each_entry(pos, head, member) { ... } and friends, nested without braces too:
 * list_for_each_entry(a, ...) for_each_cpu(c, ...) if (...) { ... }. */
macroBlock
    : IDENT PARENS macroBody
    ;

macroBody
    : compoundStatement
    | ifStatement
    | loopStatement
    | doStatement
    | switchStatement
    | macroBlock
    ;

simpleStatement
    : {skipRun();} (taggedType {skipRun();}
        | ~(SEMI | LBRACE | RBRACE | RPAREN | RBRACKET | STRUCT | UNION | ENUM | MACRO_LINE | INIT_ITEM)
       )* SEMI             // a local enum { ... } or struct { ... } too
    ;

stray
    : RPAREN | RBRACKET | RBRACE
    ;

strayInRecord
    : RPAREN | RBRACKET
    ;

strayInBlock
    : RPAREN | RBRACKET | ELSE | WHILE
    ;
