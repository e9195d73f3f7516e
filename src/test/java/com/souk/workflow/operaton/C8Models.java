package com.souk.workflow.operaton;

/** Builds small Camunda 8 BPMN documents for translator tests. */
final class C8Models {

  private C8Models() {
  }

  /** A process with id {@code order} around the given flow elements. */
  static String process(String flowElements) {
    return withRootElements("", flowElements);
  }

  /** Root elements such as bpmn:message or bpmn:error, followed by the {@code order} process. */
  static String withRootElements(String rootElements, String flowElements) {
    return definitions(rootElements + """
          <bpmn:process id="order" name="Order" isExecutable="true">
        """ + flowElements + """
          </bpmn:process>
        """);
  }

  static String definitions(String content) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:modeler="http://camunda.org/schema/modeler/1.0"
            id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn"
            exporter="Camunda Modeler" exporterVersion="5.28.0"
            modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.6.0">
        """ + content + """
        </bpmn:definitions>
        """;
  }

  /** A service task with the given job type plus any extra extension elements. */
  static String serviceTask(String id, String name, String extensions) {
    return """
        <bpmn:serviceTask id="%s" name="%s">
          <bpmn:extensionElements>
            <zeebe:taskDefinition type="job-%s" />
            %s
          </bpmn:extensionElements>
        </bpmn:serviceTask>
        """.formatted(id, name, id, extensions);
  }
}
