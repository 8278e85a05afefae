package respin.core.model.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.parse.tree.SyntaxTrees;

/** Parents, enclosing statement and function, and queries by kind and predicate. */
class CFileTest {
    private static final String SRC = """
            static const struct i2c_driver drv = { .probe = foo_probe, };

            int foo_probe(struct kvm *kvm)
            {
            	if (!kvm)
            		return -EINVAL;
            	kvm_get_kvm(kvm);
            	vgpu->vfio_device.kvm = kvm;
            	return 0;
            }
            """;

    @Test
    void queriesFindNodesByKindAndPredicate() {
        CFile f = SyntaxTrees.parse("t.c", SRC);
        List<CInvocation> gets = f.find(CInvocation.class, c -> c.calls("kvm_get_kvm"));
        assertEquals(1, gets.size());
        assertEquals("t.c:7:2", gets.get(0).span().toString());
        List<CAssignment> stores = f.find(CAssignment.class, a -> a.target() instanceof CFieldAccess m
                && m.name().equals("kvm"));
        assertEquals("vgpu -> vfio_device . kvm", CTreeDump.text(stores.get(0).target()));
        List<CDesignation> probes = f.find(CDesignation.class, d -> d.designators().size() == 1
                && d.designators().get(0) instanceof CToken m && m.text().equals("probe"));
        assertEquals(List.of("foo_probe"), probes.stream().map(d -> ((CIdentifier) d.value()).name()).toList());
        assertEquals(3, f.find(CReturn.class).size() + f.find(CIf.class).size());
    }

    @Test
    void everyNodeKnowsItsParentStatementAndFunction() {
        CFile f = SyntaxTrees.parse("t.c", SRC);
        CInvocation get = f.find(CInvocation.class, c -> c.calls("kvm_get_kvm")).get(0);
        CTree stmt = f.parent(get);
        assertEquals(CExpressionStatement.class, stmt.getClass());
        assertSame(stmt, f.enclosingStatement(get));
        CFunctionDefinition fn = f.enclosingFunction(get);
        assertEquals("foo_probe", fn.name().text());
        assertSame(f, f.parent(fn));
        assertNull(f.parent(f));

        CUnary minus = f.find(CUnary.class, u -> u.operator().equals("-")).get(0);
        CReturn ret = (CReturn) f.enclosingStatement(minus);
        assertSame(minus, ret.value());
        assertEquals(CIf.class, f.enclosingStatement(ret).getClass());

        CIdentifier probe = f.find(CIdentifier.class, i -> i.name().equals("foo_probe")).get(0);
        assertEquals(CDeclaration.class, f.enclosingStatement(probe).getClass());
        assertNull(f.enclosingFunction(probe));
    }

    @Test
    void nodeAtAnOffsetIsTheInnermostOfItsKind() {
        CFile f = SyntaxTrees.parse("t.c", SRC);
        int at = SRC.indexOf("vfio_device.kvm") + 1;
        assertEquals("vgpu -> vfio_device", CTreeDump.text(f.at(at, CFieldAccess.class)));
        assertEquals("vgpu -> vfio_device . kvm = kvm", CTreeDump.text(f.at(at, CAssignment.class)));
        assertEquals("foo_probe", f.at(at, CFunctionDefinition.class).name().text());
        assertNull(f.at(0, CFunctionDefinition.class));
    }

    @Test
    void parametersOfADefinitionAreNodes() {
        CFile f = SyntaxTrees.parse("t.c", SRC + "static void none(void)\n{\n}\n"
                + "static int two(struct kvm *, u32 flags)\n{\n\treturn flags;\n}\n");
        CFunctionDefinition probe = f.find(CFunctionDefinition.class).get(0);
        assertEquals(1, probe.parameters().size());
        CParameterDeclaration kvm = probe.parameter("kvm");
        assertEquals("t.c:3:15", kvm.span().toString());
        assertEquals("struct kvm * kvm", CTreeDump.text(kvm));
        assertSame(probe, f.parent(kvm));
        assertEquals(List.of(), f.find(CFunctionDefinition.class).get(1).parameters());
        CFunctionDefinition two = f.find(CFunctionDefinition.class).get(2);
        assertEquals(List.of(1), two.parameters().stream().map(CParameterDeclaration::index).toList());
        assertEquals(SRC + "static void none(void)\n{\n}\nstatic int two(struct kvm *, u32 flags)\n{\n\treturn flags;\n}\n",
                SyntaxTrees.print(f, SRC + "static void none(void)\n{\n}\n"
                        + "static int two(struct kvm *, u32 flags)\n{\n\treturn flags;\n}\n"));
    }
}
