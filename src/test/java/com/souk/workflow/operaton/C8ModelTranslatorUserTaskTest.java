package com.souk.workflow.operaton;

import static com.souk.workflow.operaton.C8Models.process;
import static com.souk.workflow.operaton.Translations.rejectionMessage;
import static com.souk.workflow.operaton.Translations.translate;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.instance.UserTask;

class C8ModelTranslatorUserTaskTest {

  @Test
  void userTaskGetsLinkedFormAssignmentAndDueDate() {
    UserTask task = translate(process("""
        <bpmn:userTask id="review-dispute" name="Review dispute">
          <bpmn:extensionElements>
            <zeebe:userTask />
            <zeebe:formDefinition formId="dispute-review" />
            <zeebe:assignmentDefinition assignee="alice" candidateGroups="dispute-agents, risk" candidateUsers="bob,carol" />
            <zeebe:taskSchedule dueDate="=slaDue" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        """)).model().getModelElementById("review-dispute");

    assertThat(task.getOperatonFormRef()).isEqualTo("dispute-review");
    assertThat(task.getOperatonFormRefBinding()).isEqualTo("latest");
    assertThat(task.getOperatonAssignee()).isEqualTo("alice");
    assertThat(task.getOperatonCandidateGroupsList()).containsExactly("dispute-agents", "risk");
    assertThat(task.getOperatonCandidateUsersList()).containsExactly("bob", "carol");
    assertThat(task.getOperatonDueDate()).isEqualTo("${slaDue}");
    assertThat(task.getExtensionElements()).as("all zeebe extensions consumed").isNull();
  }

  @Test
  void literalDueDateIsKeptAsIs() {
    UserTask task = translate(process("""
        <bpmn:userTask id="approve" name="Approve">
          <bpmn:extensionElements>
            <zeebe:userTask />
            <zeebe:taskSchedule dueDate="2030-01-01T00:00:00Z" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        """)).model().getModelElementById("approve");

    assertThat(task.getOperatonDueDate()).isEqualTo("2030-01-01T00:00:00Z");
  }

  @Test
  void externalFormReferenceIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:userTask id="review-dispute" name="Review dispute">
          <bpmn:extensionElements>
            <zeebe:userTask />
            <zeebe:formDefinition externalReference="https://forms.example/dispute" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        """));

    assertThat(message).startsWith("purchase.bpmn: userTask 'Review dispute' (id review-dispute): ")
        .contains("zeebe:formDefinition externalReference is not supported");
  }

  @Test
  void candidateGroupsExpressionIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:userTask id="review-dispute" name="Review dispute">
          <bpmn:extensionElements>
            <zeebe:userTask />
            <zeebe:assignmentDefinition candidateGroups="=agentGroups" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        """));

    assertThat(message).startsWith("purchase.bpmn: userTask 'Review dispute' (id review-dispute): ")
        .contains("candidateGroups '=agentGroups' is a FEEL expression");
  }

  @Test
  void literalThatOperatonWouldEvaluateIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:userTask id="review-dispute" name="Review dispute">
          <bpmn:extensionElements>
            <zeebe:assignmentDefinition assignee="${boss}" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        """));

    assertThat(message).contains("(id review-dispute)").contains("would evaluate as an expression");
  }

  @Test
  void dueDateComputedWithFeelIsRejected() {
    String message = rejectionMessage(process("""
        <bpmn:userTask id="review-dispute" name="Review dispute">
          <bpmn:extensionElements>
            <zeebe:taskSchedule dueDate="=now() + duration(&quot;P2D&quot;)" />
          </bpmn:extensionElements>
        </bpmn:userTask>
        """));

    assertThat(message).contains("(id review-dispute)").contains("dueDate").contains("is a FEEL expression");
  }
}
