package com.souk.workflow.validation;

import camundajar.impl.scala.Product;
import camundajar.impl.scala.Tuple2;
import camundajar.impl.scala.collection.Iterable;
import camundajar.impl.scala.collection.Iterator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.feel.syntaxtree.ConstContext;
import org.camunda.feel.syntaxtree.EveryItem;
import org.camunda.feel.syntaxtree.Filter;
import org.camunda.feel.syntaxtree.For;
import org.camunda.feel.syntaxtree.FunctionDefinition;
import org.camunda.feel.syntaxtree.FunctionInvocation;
import org.camunda.feel.syntaxtree.PathExpression;
import org.camunda.feel.syntaxtree.QualifiedFunctionInvocation;
import org.camunda.feel.syntaxtree.Ref;
import org.camunda.feel.syntaxtree.SomeItem;

/**
 * The variables a FEEL expression reads from its context: the first name of each reference ({@code order} of
 * {@code order.amount}), leaving out names the expression binds itself (for, some, every, function parameters,
 * earlier entries of a context).
 */
final class FeelNames {

    private FeelNames() {
    }

    static Set<String> read(Object tree) {
        Set<String> names = new LinkedHashSet<>();
        walk(tree, Set.of(), names);
        return names;
    }

    private static void walk(Object node, Set<String> bound, Set<String> names) {
        if (node instanceof Ref ref) {
            String name = ref.names().head();
            if (!bound.contains(name)) {
                names.add(name);
            }
        } else if (node instanceof PathExpression path) {
            walk(path.path(), bound, names);
        } else if (node instanceof FunctionInvocation call) {
            walk(call.params(), bound, names);
        } else if (node instanceof QualifiedFunctionInvocation call) {
            walk(call.path(), bound, names);
            walk(call.params(), bound, names);
        } else if (node instanceof For loop) {
            walk(loop.exp(), iterators(loop.iterators(), bound, names), names);
        } else if (node instanceof SomeItem some) {
            walk(some.condition(), iterators(some.iterators(), bound, names), names);
        } else if (node instanceof EveryItem every) {
            walk(every.condition(), iterators(every.iterators(), bound, names), names);
        } else if (node instanceof FunctionDefinition function) {
            walk(function.body(), with(bound, javaList(function.parameters())), names);
        } else if (node instanceof ConstContext context) {
            Set<String> inner = new HashSet<>(bound);
            for (Object entry : javaList(context.entries())) {
                Tuple2<?, ?> pair = (Tuple2<?, ?>) entry;
                walk(pair._2(), inner, names);
                inner.add((String) pair._1());
            }
        } else if (node instanceof Filter filter) {
            // Names inside a filter may be fields of the list's items (orders[amount > 10]), which no variable has
            // to provide, so only the list itself is read from the context.
            walk(filter.list(), bound, names);
        } else if (node instanceof Iterable<?> children) {
            for (Iterator<?> i = children.iterator(); i.hasNext(); ) {
                walk(i.next(), bound, names);
            }
        } else if (node instanceof Product product) {
            for (Iterator<Object> i = product.productIterator(); i.hasNext(); ) {
                walk(i.next(), bound, names);
            }
        }
    }

    /** Each iterator's list is read with the names of the iterators before it bound. */
    private static Set<String> iterators(Object iterators, Set<String> bound, Set<String> names) {
        Set<String> inner = new HashSet<>(bound);
        for (Object entry : javaList(iterators)) {
            Tuple2<?, ?> pair = (Tuple2<?, ?>) entry;
            walk(pair._2(), inner, names);
            inner.add((String) pair._1());
        }
        return inner;
    }

    private static Set<String> with(Set<String> bound, List<Object> more) {
        Set<String> inner = new HashSet<>(bound);
        more.forEach(name -> inner.add((String) name));
        return inner;
    }

    private static List<Object> javaList(Object scalaIterable) {
        List<Object> items = new java.util.ArrayList<>();
        for (Iterator<?> i = ((Iterable<?>) scalaIterable).iterator(); i.hasNext(); ) {
            items.add(i.next());
        }
        return items;
    }
}
