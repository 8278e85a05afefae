package respin.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import respin.core.model.CBlock;
import respin.core.model.CCall;
import respin.core.model.CDeclarator;
import respin.core.model.CField;
import respin.core.model.CFunction;
import respin.core.model.CMemberAccess;
import respin.core.model.COpaque;
import respin.core.model.CRecord;
import respin.core.model.CStatement;
import respin.core.model.CVariable;
import respin.core.model.LineMap;
import respin.core.model.Span;

/** Walks the parse tree of one file and builds the model's nodes from its token ranges. */
final class ModelBuilder {
    private final Toks t;
    private final LineMap lines;
    private final Declarators decls;
    private final Expressions exprs;
    private final HeadReader heads;
    final List<CFunction> functions = new ArrayList<>();
    final List<CRecord> records = new ArrayList<>();
    final List<CVariable> variables = new ArrayList<>();
    final List<CCall> calls = new ArrayList<>();
    final List<CMemberAccess> accesses = new ArrayList<>();
    final List<COpaque> opaque = new ArrayList<>();

    ModelBuilder(Toks t, LineMap lines, DocComments docs) {
        this.t = t;
        this.lines = lines;
        this.decls = new Declarators(t, lines);
        this.exprs = new Expressions(t, lines, calls, accesses);
        this.heads = new HeadReader(t, lines, decls, docs);
    }

    void translationUnit(CParser.TranslationUnitContext ctx) {
        for (ParseTree child : children(ctx)) {
            if (child instanceof CParser.ExternalItemContext item) {
                externalItem(item);
            } else if (child instanceof ErrorNode err) {
                opaque(err.getSymbol().getStartIndex(), err.getSymbol().getStopIndex() + 1, "unexpected token");
            }
        }
    }

    private void externalItem(CParser.ExternalItemContext item) {
        if (item.exception != null) {
            opaqueRange(item, "not understood");
            return; // its error nodes lie inside the region
        }
        if (item.functionDefinition() != null) {
            functionDefinition(item.functionDefinition());
        } else if (item.declaration() != null) {
            declaration(item.declaration());
        } else if (item.MACRO_LINE() != null) {
            int from = first(item);
            exprs.call(from, from, from + 1);
            exprs.scan(from + 2, t.match[from + 1]);
        } else if (item.stray() != null) {
            opaqueRange(item, "unbalanced bracket");
        }
        for (ParseTree c : children(item)) {
            if (c instanceof ErrorNode err) {
                opaque(err.getSymbol().getStartIndex(), err.getSymbol().getStopIndex() + 1, "unexpected token");
            }
        }
    }

    private void functionDefinition(CParser.FunctionDefinitionContext ctx) {
        int from = first(ctx);
        var body = ctx.compoundStatement();
        int bodyFrom = first(body);
        int bodyTo = last(body);
        CBlock block = new CBlock(span(bodyFrom, bodyTo), statements(body.blockItem()));
        CFunction f = heads.function(from, bodyFrom, bodyTo, block);
        if (f != null) {
            functions.add(f);
        } else {
            opaque(t.start[from], t.end[bodyTo], "function head not understood");
        }
        exprs.scan(bodyFrom, bodyTo + 1);
    }

    private void declaration(CParser.DeclarationContext ctx) {
        int from = first(ctx);
        int to = last(ctx) + 1;
        if (to <= from) {
            return;
        }
        for (var part : ctx.declPart()) {
            if (part.recordSpec() != null) {
                record(part.recordSpec());
            }
        }
        if (ctx.recordSpec() != null) {
            record(ctx.recordSpec());
            return;
        }
        int end = t.is(to - 1, CLexer.SEMI) ? to - 1 : to;
        if (t.is(from, CLexer.TYPEDEF) || ctx.declPart().stream().anyMatch(p -> p.recordSpec() != null)) {
            return;
        }
        // IDENT ( ... ) ; alone: a macro invocation such as EXPORT_SYMBOL_GPL(f);
        if (t.is(from, CLexer.IDENT) && t.is(from + 1, CLexer.LPAREN) && t.match[from + 1] == end - 1) {
            exprs.call(from, from, from + 1);
            exprs.scan(from + 2, end - 1);
            return;
        }
        CFunction proto = heads.prototype(from, end, to);
        if (proto != null) {
            functions.add(proto);
            return;
        }
        for (CDeclarator d : decls.list(from, end)) {
            variables.add(new CVariable(d, span(from, to - 1)));
        }
        exprs.scan(from, end);
    }

    private CRecord record(CParser.RecordSpecContext ctx) {
        int from = first(ctx);
        var body = ctx.recordBody();
        String name = ctx.IDENT().isEmpty() ? null : ctx.IDENT(ctx.IDENT().size() - 1).getText();
        List<CField> fields = new ArrayList<>();
        for (var member : body.memberDeclaration()) {
            int mFrom = first(member);
            int mTo = last(member) + 1;
            boolean nested = false;
            if (member.recordSpec() != null) {
                fields.addAll(record(member.recordSpec()).fields());
                continue;
            }
            for (var part : member.declPart()) {
                if (part.recordSpec() != null) {
                    List<CField> inner = record(part.recordSpec()).fields();
                    int afterBody = last(part.recordSpec()) + 1;
                    int end = t.is(mTo - 1, CLexer.SEMI) ? mTo - 1 : mTo;
                    if (afterBody >= end) {
                        fields.addAll(inner); // anonymous struct or union: its members are ours
                    } else {
                        for (CDeclarator d : decls.list(afterBody, end)) {
                            String kind = part.recordSpec().getStart().getText();
                            String inName = part.recordSpec().IDENT().isEmpty() ? "{...}"
                                    : part.recordSpec().IDENT(0).getText();
                            fields.add(new CField(new CDeclarator(kind + " " + inName, d.pointers(), d.name(),
                                    d.span(), null, d.nameSpan(), d.fnParams(), d.functionPointer()),
                                    span(mFrom, mTo - 1)));
                        }
                    }
                    nested = true;
                }
            }
            if (nested || member.strayInRecord() != null) {
                continue;
            }
            int end = t.is(mTo - 1, CLexer.SEMI) ? mTo - 1 : mTo;
            for (CDeclarator d : decls.list(mFrom, end)) {
                fields.add(new CField(d, span(mFrom, mTo - 1)));
            }
            exprs.scan(mFrom, end);
        }
        CRecord r = new CRecord(ctx.getStart().getText(), name, span(from, last(ctx)),
                span(first(body), last(body)), List.copyOf(fields));
        records.add(r);
        return r;
    }

    private List<CStatement> statements(List<CParser.BlockItemContext> items) {
        List<CStatement> out = new ArrayList<>();
        for (var item : items) {
            out.add(statement(item));
        }
        return List.copyOf(out);
    }

    private CStatement statement(CParser.BlockItemContext item) {
        int from = first(item);
        int to = last(item);
        Span span = span(from, Math.max(from, to));
        if (item.compoundStatement() != null) {
            return node(CStatement.Kind.COMPOUND, span, statements(item.compoundStatement().blockItem()));
        }
        if (item.ifStatement() != null) {
            return node(CStatement.Kind.IF, span, statements(item.ifStatement().blockItem()));
        }
        if (item.loopStatement() != null) {
            return node(CStatement.Kind.LOOP, span, statements(List.of(item.loopStatement().blockItem())));
        }
        if (item.doStatement() != null) {
            return node(CStatement.Kind.LOOP, span, statements(List.of(item.doStatement().blockItem())));
        }
        if (item.switchStatement() != null) {
            return node(CStatement.Kind.SWITCH, span, statements(List.of(item.switchStatement().blockItem())));
        }
        if (item.macroBlock() != null) {
            var mb = item.macroBlock();
            List<CStatement> inner = new ArrayList<>();
            if (mb.compoundStatement() != null) {
                inner.addAll(statements(mb.compoundStatement().blockItem()));
            }
            if (mb.ifStatement() != null) {
                inner.addAll(statements(mb.ifStatement().blockItem()));
            }
            return node(CStatement.Kind.MACRO_BLOCK, span, inner);
        }
        if (item.jumpStatement() != null) {
            return node(CStatement.Kind.JUMP, span, List.of());
        }
        if (item.labeledStatement() != null) {
            return node(CStatement.Kind.LABEL, span, List.of());
        }
        if (item.simpleStatement() != null && to > from && LocalDeclarations.looksLikeDeclaration(t, from, to)) {
            List<CDeclarator> ds = decls.list(from, to);
            if (!ds.isEmpty()) {
                return new CStatement(CStatement.Kind.DECLARATION, span, ds, List.of());
            }
        }
        if (item.strayInBlock() != null) {
            opaque(t.start[from], t.end[to], "unbalanced bracket in a block");
            return node(CStatement.Kind.OPAQUE, span, List.of());
        }
        return node(CStatement.Kind.EXPRESSION, span, List.of());
    }

    private static CStatement node(CStatement.Kind kind, Span span, List<CStatement> children) {
        return new CStatement(kind, span, List.of(), children);
    }

    private void opaqueRange(ParserRuleContext ctx, String reason) {
        int from = first(ctx);
        int to = last(ctx);
        if (from < t.size() && to >= from) {
            opaque(t.start[from], t.end[to], reason);
        }
    }

    /**
     * Records bytes the grammar did not place; a region that continues the last one
     * (same reason, only blanks, comments or directives between) extends it, so a run
     * of stray tokens is one region.
     */
    private void opaque(int start, int end, String reason) {
        if (end <= start) {
            return;
        }
        if (!opaque.isEmpty()) {
            COpaque last = opaque.get(opaque.size() - 1);
            if (last.reason().equals(reason) && last.span().end() <= start && onlyHiddenBetween(last.span().end(), start)) {
                opaque.set(opaque.size() - 1, new COpaque(lines.span(last.span().start(), end), reason));
                return;
            }
            if (last.span().start() <= start && end <= last.span().end()) {
                return; // already inside the last region
            }
        }
        opaque.add(new COpaque(lines.span(start, end), reason));
    }

    /** True when no parser-visible token starts in {@code [from, to)}. */
    private boolean onlyHiddenBetween(int from, int to) {
        int k = java.util.Arrays.binarySearch(t.start, from);
        int i = k >= 0 ? k : -k - 1;
        return i >= t.size() || t.start[i] >= to;
    }

    private int first(ParserRuleContext ctx) {
        return ctx.getStart() instanceof GroupedTokens.Grouped g ? g.first : t.size();
    }

    private int last(ParserRuleContext ctx) {
        if (ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()) {
            return first(ctx) - 1;
        }
        return ctx.getStop() instanceof GroupedTokens.Grouped g ? g.last : t.size() - 1;
    }

    private Span span(int fromTok, int lastTok) {
        return lines.span(t.start[fromTok], t.end[lastTok]);
    }

    private static List<ParseTree> children(ParserRuleContext ctx) {
        return ctx.children == null ? List.of() : ctx.children;
    }
}
