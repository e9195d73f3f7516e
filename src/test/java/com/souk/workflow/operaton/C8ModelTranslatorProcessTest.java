package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.C8Models.withRootElements;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static com.souk.workflow.operaton.Translations.stream;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.BaseElement;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.bpmndi.BpmnShape;

class C8ModelTranslatorProcessTest {

  @Test
  void processGetsConfiguredHistoryTimeToLiveAndStaysExecutable() {
    Process process = translate(process("<bpmn:startEvent id=\"start\" />")).model().getModelElementById("order");

    assertThat(process.getOperatonHistoryTimeToLiveString()).isEqualTo("P180D");
    assertThat(process.isExecutable()).isTrue();
  }

  @Test
  void passThroughElementsSurviveWithTheirIdsTypesAndDiagram() {
    String c8 = withRootElements(PassThroughModel.ROOT_ELEMENTS, PassThroughModel.FLOW_ELEMENTS)
        .replace("</bpmn:definitions>", PassThroughModel.DIAGRAM + "</bpmn:definitions>");
    BpmnModelInstance original = Bpmn.readModelFromStream(stream(c8));

    BpmnModelInstance translated = translate(c8).model();

    assertThat(typesById(translated)).isEqualTo(typesById(original))
        .containsKeys("platform-lane", "on-late", "stock-error-def", "late", "why", "why-link");
    assertThat(translated.getModelElementsByType(BpmnShape.class)).hasSize(3);
    assertThat(translated.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
        "executionPlatform")).isEqualTo("Camunda Cloud");
  }

  @Test
  void callerStreamIsReadButLeftOpenForTheCallerToClose() {
    TrackingStream input = new TrackingStream(process("<bpmn:startEvent id=\"start\" />").getBytes());

    new C8ModelTranslator("P180D").translate("purchase.bpmn", input, Map.of());

    assertThat(input.closed).isFalse();
  }

  @Test
  void unreadableFileIsRejectedNamingTheFile() {
    assertThat(rejectionMessage("<bpmn:definitions>not bpmn"))
        .startsWith("purchase.bpmn: definitions: not a readable BPMN 2.0 model");
  }

  @Test
  void historyTimeToLiveMustBeDaysOrIsoDays() {
    assertThatThrownBy(() -> new C8ModelTranslator("six months"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("six months");
    assertThat(new C8ModelTranslator("180")).isNotNull();
  }

  private static Map<String, String> typesById(BpmnModelInstance model) {
    Map<String, String> types = new TreeMap<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null) {
        types.put(element.getId(), element.getElementType().getTypeName());
      }
    }
    return types;
  }

  private static final class TrackingStream extends ByteArrayInputStream {
    private boolean closed;

    TrackingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
