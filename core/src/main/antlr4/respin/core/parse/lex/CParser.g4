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
    : declPart* PARENS funcTail* compoundStatement
    ;

funcTail
    : IDENT
    | PARENS
    ;

declaration
    : declPart* SEMI
    | recordSpec                 // a struct body whose ';' sits behind an #if or is missing
    ;

/* One LL(1) choice per token, so that prediction never runs inside a run of
 * tokens: a tag keyword always starts a taggedType, anything else is one token of
 * the set below. The set is matched here, not in a rule of its own, which cost
 * a rule context for nearly every token of a file. */
declPart
    : taggedType
    | ( PARENS
      | BRACKETS
      | INIT_BRACES                // an initializer after '=', a compound literal: &(struct s) { ... }
      | DEEP                       // a block, body or statement nested too deep: kept opaque
      | RUN                        // hundreds of operators in a row: kept opaque
      | IDENT | NUMBER | STRING | CHAR
      | ARROW | DOT | ELLIPSIS | STAR | AMP | ASSIGN | QUESTION | COLON | COMMA | OP | OTHER
      | TYPEDEF | IF | ELSE | FOR | WHILE | DO | SWITCH | RETURN | GOTO | BREAK | CONTINUE
      | CASE | DEFAULT
      | LPAREN | LBRACKET          // an opener whose closer is missing (or behind an #if)
      )
    ;

/* struct foo, or struct foo { ... }: a '{' after the tag is always its body. */
taggedType
    : (STRUCT | UNION | ENUM) IDENT* recordBody?
    ;

/* A struct, union or enum with its body, standing where a whole declaration can. */
recordSpec
    : (STRUCT | UNION | ENUM) IDENT* recordBody
    ;

recordBody
    : LBRACE memberDeclaration* declPart* RBRACE   // enumerators, or a last member without ';'
    ;

memberDeclaration
    : declPart* SEMI
    | recordSpec
    | strayInRecord
    ;

compoundStatement
    : LBRACE blockItem* lastStatement? RBRACE
    ;

/* The tokens before a '}' with no ';': { .use_ptrace = true, } after a macro such as
 * FIXTURE_VARIANT_ADD(x, y), or a statement macro that ends a block. */
lastStatement
    : declPart+
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
    : (IDENT | DEFAULT | CASE declPart+?) COLON
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
    : (RETURN | GOTO | BREAK | CONTINUE) declPart* SEMI
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
    : declPart* SEMI             // a local enum { ... } or struct { ... } too
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
