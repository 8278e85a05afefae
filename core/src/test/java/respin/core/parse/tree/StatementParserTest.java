package respin.core.parse.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static respin.core.parse.tree.SyntaxTreesTest.tree;

import org.junit.jupiter.api.Test;

/**
 * Statements of kernel-style function bodies.
 * Each snippet is asserted whole as an indented dump of its syntax tree (kind, span,
 * what the node holds), after the round trip from the tree ({@link SyntaxTreesTest#tree}).
 */
class StatementParserTest {

    /** Macros standing as statements (with and without their ;) and as loops, nested without braces. */
    @Test
    void macrosAsStatementsAndIterators() {
        assertEquals("""
                File 1:1-16:3
                  FunctionDefinition 1:1-16:2 drain
                    TypeName 1:1-1:5 void
                    ParameterDeclaration 1:12-1:34 0 head
                    Compound 2:1-16:2
                      MacroStatement 3:2-3:19
                        Invocation 3:2-3:19
                          Identifier 3:2-3:13 DEFINE_WAIT
                          Identifier 3:14-3:18 wait
                      Declaration 4:2-4:19
                        TypeName 4:2-4:13 struct item
                        InitDeclarator 4:14-4:18 pos
                      MacroIterator 6:2-8:3
                        Invocation 6:2-6:38
                          Identifier 6:2-6:21 list_for_each_entry
                          Identifier 6:22-6:25 pos
                          Identifier 6:27-6:31 head
                          Identifier 6:33-6:37 node
                        Compound 6:39-8:3
                          ExpressionStatement 7:3-7:17
                            Assignment 7:3-7:16 =
                              FieldAccess 7:3-7:12 ->done
                                Identifier 7:3-7:6 pos
                              Literal 7:15-7:16 NUMBER 1
                      MacroIterator 9:2-12:15
                        Invocation 9:2-9:25
                          Identifier 9:2-9:14 for_each_cpu
                          Identifier 9:15-9:18 cpu
                          Identifier 9:20-9:24 mask
                        MacroIterator 10:3-12:15
                          Invocation 10:3-10:39
                            Identifier 10:3-10:22 list_for_each_entry
                            Identifier 10:23-10:26 pos
                            Identifier 10:28-10:32 head
                            Identifier 10:34-10:38 node
                          If 11:4-12:15
                            Binary 11:8-11:23 ==
                              FieldAccess 11:8-11:16 ->cpu
                                Identifier 11:8-11:11 pos
                              Identifier 11:20-11:23 cpu
                            ExpressionStatement 12:5-12:15
                              Invocation 12:5-12:14
                                Identifier 12:5-12:9 kick
                                Identifier 12:10-12:13 pos
                      MacroIterator 13:2-14:7
                        Invocation 13:2-13:28
                          Identifier 13:2-13:14 scoped_guard
                          Identifier 13:15-13:20 mutex
                          Unary 13:22-13:27 &
                            Identifier 13:23-13:27 lock
                        ExpressionStatement 14:3-14:7
                          Unary 14:3-14:6 postfix ++
                            Identifier 14:3-14:4 n
                      MacroStatement 15:2-15:14
                        Invocation 15:2-15:14
                          Identifier 15:2-15:8 FINISH
                          Identifier 15:9-15:13 wait
                """, tree("""
                void drain(struct list_head *head)
                {
                	DEFINE_WAIT(wait)
                	struct item *pos;

                	list_for_each_entry(pos, head, node) {
                		pos->done = 1;
                	}
                	for_each_cpu(cpu, mask)
                		list_for_each_entry(pos, head, node)
                			if (pos->cpu == cpu)
                				kick(pos);
                	scoped_guard(mutex, &lock)
                		n++;
                	FINISH(wait)
                }
                """));
    }

    /** #if inside an expression, an initializer and a parameter list: directives are trivia, both branches are modelled. */
    @Test
    void directivesInsideAnExpressionAnInitializerAndAParameterList() {
        assertEquals("""
                File 1:1-19:3
                  FunctionDefinition 1:1-19:2 probe
                    TypeName 1:1-1:11 static int
                    ParameterDeclaration 1:18-1:36 0 dev
                    ParameterDeclaration 3:4-3:13 1 flags
                    ParameterDeclaration 5:4-5:14 2 data
                    Compound 6:1-19:2
                      Declaration 7:2-11:4
                        TypeName 7:2-7:5 int
                        InitDeclarator 7:6-9:11 mode
                          Binary 7:13-9:11 |
                            Identifier 7:13-7:19 MODE_A
                            Identifier 9:5-9:11 MODE_B
                      Declaration 12:2-17:4
                        TypeName 12:2-12:18 static const int
                        InitDeclarator 12:19-17:3 table
                          InitializerList 12:29-17:3
                            Literal 13:3-13:4 NUMBER 1
                            Literal 15:3-15:4 NUMBER 2
                      Return 18:2-18:14
                        Identifier 18:9-18:13 mode
                """, tree("""
                static int probe(struct device *dev,
                #ifdef CONFIG_PM
                		 int flags,
                #endif
                		 void *data)
                {
                	int mode = MODE_A
                #if IS_ENABLED(CONFIG_B)
                		| MODE_B
                #endif
                		;
                	static const int table[] = {
                		1,
                #ifdef CONFIG_C
                		2,
                #endif
                	};
                	return mode;
                }
                """));
    }

    /** for, if/else, do/while, while, switch with case ranges and default, goto and a label, asm with operands. */
    @Test
    void controlStatementsLabelsAndInlineAssembly() {
        assertEquals("""
                File 1:1-26:3
                  FunctionDefinition 1:1-26:2 run
                    TypeName 1:1-1:11 static int
                    ParameterDeclaration 1:16-1:31 0 kvm
                    Compound 2:1-26:2
                      Declaration 3:2-3:8
                        TypeName 3:2-3:5 int
                        InitDeclarator 3:6-3:7 i
                      For 5:2-10:3
                        ExpressionStatement 5:7-5:13
                          Assignment 5:7-5:12 =
                            Identifier 5:7-5:8 i
                            Literal 5:11-5:12 NUMBER 0
                        Binary 5:14-5:19 <
                          Identifier 5:14-5:15 i
                          Literal 5:18-5:19 NUMBER 4
                        Unary 5:21-5:24 postfix ++
                          Identifier 5:21-5:22 i
                        Compound 5:26-10:3
                          If 6:3-9:10
                            Unary 6:7-6:11 !
                              Identifier 6:8-6:11 kvm
                            Jump 7:4-7:13 continue
                            Jump 9:4-9:10 break
                      DoWhile 11:2-13:18
                        Compound 11:5-13:3
                          ExpressionStatement 12:3-12:7
                            Unary 12:3-12:6 postfix --
                              Identifier 12:3-12:4 i
                        Binary 13:11-13:16 >
                          Identifier 13:11-13:12 i
                          Literal 13:15-13:16 NUMBER 0
                      While 14:2-15:11
                        Identifier 14:9-14:10 i
                        ExpressionStatement 15:3-15:11
                          Assignment 15:3-15:10 >>=
                            Identifier 15:3-15:4 i
                            Literal 15:9-15:10 NUMBER 1
                      Switch 16:2-22:3
                        Identifier 16:10-16:11 i
                        Compound 16:13-22:3
                          CaseLabel 17:2-17:9
                            Literal 17:7-17:8 NUMBER 0
                          CaseLabel 18:2-18:15
                            Literal 18:7-18:8 NUMBER 1
                            Literal 18:13-18:14 NUMBER 3
                          Jump 19:3-19:12 goto
                            Identifier 19:8-19:11 out
                          CaseLabel 20:2-20:10
                          Jump 21:3-21:9 break
                      Asm 23:2-23:72
                        Literal 23:15-23:26 STRING "bt %1, %0"
                        AsmOperand 23:29-23:37
                          Literal 23:29-23:33 STRING "=r"
                          Identifier 23:35-23:36 i
                        AsmOperand 23:40-23:53
                          Literal 23:44-23:47 STRING "r"
                          Identifier 23:49-23:52 kvm
                        AsmOperand 23:56-23:60
                          Literal 23:56-23:60 STRING "cc"
                        AsmOperand 23:62-23:70
                          Literal 23:62-23:70 STRING "memory"
                      Label 24:1-24:5 out
                      Return 25:2-25:35
                        Conditional 25:9-25:34
                          Identifier 25:9-25:10 i
                          Subscript 25:13-25:24
                            FieldAccess 25:13-25:21 .b
                              FieldAccess 25:13-25:19 ->a
                                Identifier 25:13-25:16 kvm
                            Identifier 25:22-25:23 i
                          Unary 25:27-25:34 -
                            Identifier 25:28-25:34 EINVAL
                """, tree("""
                static int run(struct kvm *kvm)
                {
                	int i;

                	for (i = 0; i < 4; i++) {
                		if (!kvm)
                			continue;
                		else
                			break;
                	}
                	do {
                		i--;
                	} while (i > 0);
                	while (i)
                		i >>= 1;
                	switch (i) {
                	case 0:
                	case 1 ... 3:
                		goto out;
                	default:
                		break;
                	}
                	asm volatile("bt %1, %0" : "=r" (i) : [v] "r" (kvm) : "cc", "memory");
                out:
                	return i ? kvm->a.b[i] : -EINVAL;
                }
                """));
    }
}
