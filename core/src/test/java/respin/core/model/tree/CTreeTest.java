package respin.core.model.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import respin.core.parse.tree.SyntaxTrees;

/** Queries and tokens of any node, not only of a file. */
class CTreeTest {
    private static final String SRC = """
            static void kvm_vfio_release(struct kvm_device *dev)
            {
            	struct kvm_vfio *kv = dev->private;

            #ifdef CONFIG_KVM_VFIO
            	kvm_vfio_file_set_kvm(kvf->file, NULL);	/* drop it */
            #endif
            	kvm_put_kvm(dev->kvm);
            }

            static void other(void)
            {
            	kvm_put_kvm(NULL);
            }
            """;

    @Test
    void findUnderANodeStaysInsideIt() {
        CFile f = SyntaxTrees.parse("t.c", SRC);
        CFunctionDefinition release = f.find(CFunctionDefinition.class).get(0);
        assertEquals(1, release.find(CInvocation.class, c -> c.calls("kvm_put_kvm")).size());
        assertEquals(2, f.find(CInvocation.class, c -> c.calls("kvm_put_kvm")).size());
        assertEquals(List.of("dev", "dev"),
                release.find(CIdentifier.class, i -> i.name().equals("dev")).stream().map(CIdentifier::name).toList());
    }

    @Test
    void tokensAreTheLeavesInOrderWithoutTrivia() {
        CFile f = SyntaxTrees.parse("t.c", SRC);
        CExpressionStatement set = f.find(CExpressionStatement.class,
                s -> s.expression() instanceof CInvocation c && c.calls("kvm_vfio_file_set_kvm")).get(0);
        assertEquals(List.of("kvm_vfio_file_set_kvm", "(", "kvf", "->", "file", ",", "NULL", ")", ";"),
                set.tokens().stream().map(CToken::text).toList());
        CToken semicolon = set.tokens().get(8);
        assertEquals(List.of(semicolon), semicolon.tokens());
    }
}
