/*
 * Lexer for unpreprocessed kernel C.
 *
 * Every input character belongs to exactly one token, so the concatenation of
 * all tokens is the input: this is what makes the model lossless. White space
 * and comments go to the HIDDEN channel, preprocessor lines (with their
 * continuations and comments) to the DIRECTIVES channel; the parser sees
 * neither, and the model reads them back by position.
 */
lexer grammar CLexer;

channels { DIRECTIVES }

@members {
    /** True when only blanks stand between the last newline (or file start) and here. */
    private boolean atLineStart() {
        int i = -1;
        while (true) {
            int c = _input.LA(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i--;
                continue;
            }
            return c == '\n' || c == '\r' || c == org.antlr.v4.runtime.IntStream.EOF || c == 0;
        }
    }
}

DIRECTIVE       : {atLineStart()}? '#' DirBody -> channel(DIRECTIVES) ;

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
