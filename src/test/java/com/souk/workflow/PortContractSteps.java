package com.souk.workflow;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** The handler of the contract model's one service task: remembers each job it ran and answers a variable. */
public class PortContractSteps implements JobHandler {

    public static final String TYPE = "port-contract-step";

    private final List<Job> seen = new CopyOnWriteArrayList<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> handle(Job job) {
        seen.add(job);
        return Map.of("handled", "by " + TYPE);
    }

    @Override
    public java.util.Set<String> outputs() {
        return java.util.Set.of("handled");
    }

    List<Job> seenFor(String orderId) {
        return seen.stream().filter(j -> orderId.equals(String.valueOf(j.variables().get("orderId")))).toList();
    }
}
