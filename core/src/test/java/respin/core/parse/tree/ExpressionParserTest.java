package respin.core.parse.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.core.parse.tree.SyntaxTreesTest.tree;

import org.junit.jupiter.api.Test;

/**
 * Expressions, initializers and type names of kernel-style code.
 * Each snippet is asserted whole as an indented dump of its syntax tree (kind, span,
 * what the node holds), after the round trip from the tree ({@link SyntaxTreesTest#tree}).
 */
class ExpressionParserTest {

    /** A GNU statement expression with __typeof__, sizeof of a type, a cast, container_of with a type argument. */
    @Test
    void statementExpressionTypeofSizeofCastAndContainerOf() {
        assertEquals("""
                File 1:1-7:3
                  FunctionDefinition 1:1-7:2 f
                    TypeName 1:1-1:4 int
                    ParameterDeclaration 1:7-1:12 0 a
                    Compound 2:1-7:2
                      Declaration 3:2-3:59
                        TypeName 3:2-3:5 int
                        InitDeclarator 3:6-3:58 x
                          StatementExpression 3:10-3:58
                            Compound 3:11-3:57
                              Declaration 3:13-3:36
                                TypeName 3:13-3:26 __typeof__ ( a )
                                InitDeclarator 3:27-3:35 _a
                                  Parens 3:32-3:35
                                    Identifier 3:33-3:34 a
                              ExpressionStatement 3:37-3:55
                                Conditional 3:37-3:54
                                  Binary 3:37-3:43 >
                                    Identifier 3:37-3:39 _a
                                    Literal 3:42-3:43 NUMBER 0
                                  Identifier 3:46-3:48 _a
                                  Unary 3:51-3:54 -
                                    Identifier 3:52-3:54 _a
                      Declaration 4:2-4:67
                        TypeName 4:2-4:17 struct kvm_vcpu
                        InitDeclarator 4:18-4:66 vcpu
                          Invocation 4:26-4:66
                            Identifier 4:26-4:38 container_of
                            Identifier 4:39-4:42 ptr
                            TypeName 4:44-4:59 struct kvm_vcpu
                            Identifier 4:61-4:65 link
                      Return 6:2-6:48
                        Binary 6:9-6:47 +
                          Identifier 6:9-6:10 x
                          Binary 6:13-6:47 *
                            TypeOperator 6:13-6:31 sizeof
                              TypeName 6:20-6:30 struct kvm
                            Cast 6:34-6:47
                              TypeName 6:35-6:38 int
                              FieldAccess 6:39-6:47 ->id
                                Identifier 6:39-6:43 vcpu
                """, tree("""
                int f(int a)
                {
                	int x = ({ __typeof__(a) _a = (a); _a > 0 ? _a : -_a; });
                	struct kvm_vcpu *vcpu = container_of(ptr, struct kvm_vcpu, link);

                	return x + sizeof(struct kvm) * (int)vcpu->id;
                }
                """));
    }

    /** A struct of function pointers, and a table with designators nested three deep and a GNU range. */
    @Test
    void functionPointersInStructsAndDesignatedInitializersThreeDeep() {
        assertEquals("""
                File 1:1-9:4
                  Declaration 1:1-4:3
                    TypeName 1:1-4:2
                      RecordSpecifier 1:1-4:2 struct dev_ops
                        Declaration 2:2-2:35
                          TypeName 2:2-2:5 int
                          InitDeclarator 2:6-2:34 probe
                        Declaration 3:2-3:34
                          TypeName 3:2-3:6 void
                          InitDeclarator 3:7-3:33 remove
                  Declaration 6:1-9:3
                    TypeName 6:1-6:26 static const struct board
                    InitDeclarator 6:27-9:2 boards
                      InitializerList 6:38-9:2
                        Designation 7:2-7:64 [0]
                          Literal 7:3-7:4 NUMBER 0
                          InitializerList 7:8-7:64
                            Designation 7:10-7:61 .ops
                              InitializerList 7:17-7:61
                                Designation 7:19-7:36 .probe
                                  Identifier 7:28-7:36 my_probe
                                Designation 7:38-7:58 .cfg
                                  InitializerList 7:45-7:58
                                    Designation 7:47-7:55 .irq
                                      Literal 7:54-7:55 NUMBER 5
                        Designation 8:2-8:33 [1 ... 3]
                          Binary 8:3-8:10 ...
                            Literal 8:3-8:4 NUMBER 1
                            Literal 8:9-8:10 NUMBER 3
                          InitializerList 8:14-8:33
                            Designation 8:16-8:31 .name
                              Literal 8:24-8:31 STRING "x" "y"
                """, tree("""
                struct dev_ops {
                	int (*probe)(struct device *dev);
                	void (*remove)(struct device *);
                };

                static const struct board boards[] = {
                	[0] = { .ops = { .probe = my_probe, .cfg = { .irq = 5, }, }, },
                	[1 ... 3] = { .name = "x" "y" },
                };
                """));
    }

    /** Unary and binary operators by precedence, comma, compound literal, a user-space cast, adjacent strings; "x = a b" is opaque, not guessed. */
    @Test
    void operatorsCompoundLiteralsStringsAndAnOpaqueExpression() {
        assertEquals("""
                File 1:1-9:3
                  FunctionDefinition 1:1-9:2 g
                    TypeName 1:1-1:5 void
                    ParameterDeclaration 1:8-1:12 0 unnamed
                    Compound 2:1-9:2
                      ExpressionStatement 3:2-3:31
                        Assignment 3:2-3:30 =
                          Identifier 3:2-3:3 p
                          Unary 3:6-3:30 &
                            CompoundLiteral 3:7-3:30
                              TypeName 3:8-3:18 struct foo
                              InitializerList 3:20-3:30
                                Designation 3:22-3:28 .a
                                  Literal 3:27-3:28 NUMBER 1
                      ExpressionStatement 4:2-4:23
                        Comma 4:2-4:22
                          Assignment 4:2-4:7 =
                            Identifier 4:2-4:3 x
                            Identifier 4:6-4:7 a
                          Assignment 4:9-4:22 =
                            Identifier 4:9-4:10 y
                            Binary 4:13-4:22 <<
                              Unary 4:13-4:17 *
                                Unary 4:14-4:17 postfix ++
                                  Identifier 4:14-4:15 p
                              Literal 4:21-4:22 NUMBER 2
                      ExpressionStatement 5:2-5:25
                        Assignment 5:2-5:24 =
                          Identifier 5:2-5:3 q
                          Cast 5:6-5:24
                            TypeName 5:7-5:20 void __user *
                            Identifier 5:21-5:24 arg
                      ExpressionStatement 6:2-6:36
                        Invocation 6:2-6:35
                          Identifier 6:2-6:8 pr_err
                          Literal 6:9-6:31 STRING KERN_ERR "bad %d" "\\n"
                          Identifier 6:33-6:34 x
                      ExpressionStatement 7:2-7:10
                        OpaqueExpression 7:2-7:9 (a word after a complete expression) x = a b
                      ExpressionStatement 8:2-8:19
                        Assignment 8:2-8:18 =
                          Identifier 8:2-8:3 y
                          Binary 8:6-8:18 |
                            Binary 8:6-8:13 &
                              Unary 8:6-8:8 ~
                                Identifier 8:7-8:8 x
                              Unary 8:11-8:13 !
                                Identifier 8:12-8:13 z
                            Unary 8:16-8:18 -
                              Identifier 8:17-8:18 w
                """, tree("""
                void g(void)
                {
                	p = &(struct foo) { .a = 1 };
                	x = a, y = *p++ << 2;
                	q = (void __user *)arg;
                	pr_err(KERN_ERR "bad %d" "\\n", x);
                	x = a b;
                	y = ~x & !z | -w;
                }
                """));
    }
}
