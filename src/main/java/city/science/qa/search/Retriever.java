package city.science.qa.search;

import java.util.List;

/** One way of ranking passages for a query: ids, best first. */
public interface Retriever {

    String name();

    List<String> rank(Query query, int limit);

    static Retriever of(String name, java.util.function.BiFunction<Query, Integer, List<String>> rank) {
        return new Retriever() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> rank(Query query, int limit) {
                return rank.apply(query, limit);
            }
        };
    }

}
