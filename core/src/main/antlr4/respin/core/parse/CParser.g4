/*
 * A tolerant grammar of kernel C at the level a refactoring needs: top-level
 * items, function definitions with bodies made of statements, struct and union
 * bodies with member declarations, and balanced groups everywhere else.
 *
 * It never needs to know which identifiers are types or macros: a declaration
 * is a balanced run of tokens up to ';', a function definition is such a run
 * ending in a parameter list followed by a body. The model classifies the
 * tokens of each item (respin.core.parse.ModelBuilder). Directives are on
 * their own channel, so `#if` inside a parameter list or a struct is no
 * obstacle; what cannot be placed becomes a stray item and keeps its bytes.
 */
parser grammar CParser;

options { tokenVocab = CLexer; }

translationUnit
    : externalItem* EOF
    ;

externalItem
    : functionDefinition
    | declaration
    | stray
    ;

functionDefinition
    : declSpec* parens funcTail* compoundStatement
    ;

funcTail
    : IDENT
    | parens
    ;

declaration
    : declPart* SEMI
    | recordSpec                 // a struct body whose ';' sits behind an #if or is missing
    ;

declPart
    : recordSpec
    | initializer
    | bal
    ;

/* Braces inside a declaration or statement only right after '=': anywhere else a
 * '{' opens a body, which keeps predictions short. */
initializer
    : ASSIGN braces
    ;

declSpec
    : recordSpec
    | bal
    ;

recordSpec
    : (STRUCT | UNION | ENUM) IDENT* recordBody
    ;

recordBody
    : LBRACE memberDeclaration* RBRACE
    ;

memberDeclaration
    : declPart* SEMI
    | recordSpec
    | strayInRecord
    ;

compoundStatement
    : LBRACE blockItem* RBRACE
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
    : (IDENT | DEFAULT | CASE bal+?) COLON
    ;

ifStatement
    : IF parens blockItem (ELSE blockItem)?
    ;

loopStatement
    : (FOR | WHILE) parens blockItem
    ;

doStatement
    : DO blockItem WHILE parens SEMI
    ;

switchStatement
    : SWITCH parens blockItem
    ;

jumpStatement
    : (RETURN | GOTO | BREAK | CONTINUE) (initializer | bal)* SEMI
    ;

/* list_for_each_entry(pos, head, member) { ... } and friends. */
macroBlock
    : IDENT parens (compoundStatement | ifStatement | loopStatement)
    ;

simpleStatement
    : (initializer | bal)* SEMI
    ;

bal
    : parens
    | brackets
    | IDENT | NUMBER | STRING | CHAR
    | ARROW | DOT | ELLIPSIS | STAR | AMP | ASSIGN | QUESTION | COLON | COMMA | OP | OTHER
    | TYPEDEF | IF | ELSE | FOR | WHILE | DO | SWITCH | RETURN | GOTO | BREAK | CONTINUE
    | CASE | DEFAULT
    | STRUCT | UNION | ENUM
    ;

parens
    : LPAREN inner* RPAREN
    ;

brackets
    : LBRACKET inner* RBRACKET
    ;

braces
    : LBRACE inner* RBRACE
    ;

inner
    : bal
    | braces
    | SEMI
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
