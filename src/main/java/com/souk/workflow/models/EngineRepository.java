package com.souk.workflow.models;

import com.souk.workflow.DeployedModel;
import com.souk.workflow.ModelFile;
import java.util.List;
import java.util.Optional;

/** What an engine adapter offers for deployment: its definitions and their versions, and deploying files. */
public interface EngineRepository {

    /** The latest version of every process and decision the engine has. */
    List<DeployedModel> latest();

    /** Every version the engine has of the process or decision with this key, newest first. */
    List<DeployedModel> versions(String kind, String key);

    /**
     * Deploys files together as one deployment. The files are valid (checked before), so a failure here is the
     * engine's. With {@code skipUnchanged} an unchanged set makes no new versions.
     *
     * @return what the deployment holds: the new versions, or the existing ones when nothing changed
     */
    List<DeployedModel> deploy(String deploymentName, List<ModelFile> files, boolean skipUnchanged);

    /** The file the engine holds for this version, where it is the one that was deployed (not translated). */
    Optional<ModelFile> storedFile(String kind, String key, int version);
}
