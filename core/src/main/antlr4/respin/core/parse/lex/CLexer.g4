/*
 * Lexer for unpreprocessed kernel C.
 *
 * Every input character belongs to exactly one token, so the concatenation of
 * all tokens is the input: this is what makes the model lossless. White space
 * and comments go to the HIDDEN channel, preprocessor lines (with their
 * continuations and comments) to the DIRECTIVES channel; the parser sees
 * neither, and the model reads them back by position.
 *
 * No semantic predicate anywhere: one at the start of a rule would keep ANTLR
 * from caching the lexer's start state, and lexing would be many times slower.
 * So '#' starts a directive wherever it stands; outside directives, strings and
 * comments, kernel C has no '#'.
 */
lexer grammar CLexer;

channels { DIRECTIVES }

/* Made by GroupedTokens, never by this lexer: a balanced (...), [...], or {...} after '=';
 * a macro invocation NAME(...) that stands on its own lines at the top level; and what nests
 * deeper than the parser's limit (respin.core.parse.NestingLimit); a run of hundreds of operators. */
tokens { PARENS, BRACKETS, INIT_BRACES, MACRO_LINE, INIT_ITEM, DEEP, RUN }

DIRECTIVE       : '#' DirBody -> channel(DIRECTIVES) ;

BLOCK_COMMENT   : '/*' .*? '*/' -> channel(HIDDEN) ;
UNTERMINATED_COMMENT : '/*' ~[*]* EOF -> channel(HIDDEN) ;
LINE_COMMENT    : '//' ( ~[\\\r\n] | '\\' '\r'? '\n' | '\\' )* -> channel(HIDDEN) ;
WS              : ( [ \t\f\r\n\u000B] | '\\' '\r'? '\n' )+ -> channel(HIDDEN) ;

STRUCT   : 'struct' ;
UNION    : 'union' ;
ENUM     : 'enum' ;
TYPEDEF  : 'typedef' ;
IF       : 'if' ;
ELSE     : 'else' ;
FOR      : 'for' ;
WHILE    : 'while' ;
DO       : 'do' ;
SWITCH   : 'switch' ;
RETURN   : 'return' ;
GOTO     : 'goto' ;
BREAK    : 'break' ;
CONTINUE : 'continue' ;
CASE     : 'case' ;
DEFAULT  : 'default' ;

IDENT    : [a-zA-Z_$] [a-zA-Z_0-9$]* ;
NUMBER   : ( [0-9] | '.' [0-9] ) ( [0-9a-zA-Z_.] | [eEpP] [+-] | '\'' [0-9a-fA-F] )* ;
STRING   : ( 'L' | 'u8' | 'u' | 'U' )? '"' ( ~["\\\r\n] | '\\' . | '\\' '\r' '\n' )* '"' ;
CHAR     : ( 'L' | 'u8' | 'u' | 'U' )? '\'' ( ~['\\\r\n] | '\\' . )+ '\'' ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
SEMI     : ';' ;
COMMA    : ',' ;
ARROW    : '->' ;
DOT      : '.' ;
ELLIPSIS : '...' ;
STAR     : '*' ;
AMP      : '&' ;
ASSIGN   : '=' ;
QUESTION : '?' ;
COLON    : ':' ;
OP       : '++' | '--' | '<<=' | '>>=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^='
         | '==' | '!=' | '<=' | '>=' | '&&' | '||' | '<<' | '>>' | '##'
         | [+\-/%<>!~^|#] ;

/* Anything else (a stray backslash, an unterminated quote, a non-ASCII byte). */
OTHER    : . ;

fragment DirBody
    : ( DirBlockComment
      | '//' ~[\r\n]*
      | '\\' '\r'? '\n'
      | '\\' ~[\r\n]
      | '"' ( ~["\\\r\n] | '\\' ~[\r\n] | '\\' '\r'? '\n' )* '"'
      | '/' ~[*/\r\n\\]
      | '/' '\\' '\r'? '\n'
      | ~[\\\r\n/"]
      | '"'
      | '/'
      )*
    ;

fragment DirBlockComment : '/*' .*? '*/' ;
