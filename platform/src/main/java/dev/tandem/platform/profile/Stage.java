package dev.tandem.platform.profile;

import jdk.jfr.Category;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A stage of a bulk path (reading a chunk, a locking read, a COPY, a commit...), timed as a JDK Flight Recorder event.
 * It costs next to nothing unless a recording asks for {@link #NAME}, so the stages stay timed in the code: a JFR
 * recording of a running service, or a benchmark listening with a {@code RecordingStream}, tells where a chunk's time
 * goes without a build of its own.
 *
 * <pre>{@code
 * Stage stage = Stage.begin("lock read");
 * ... // the read
 * stage = stage.next("decide");
 * ... // the decisions
 * stage.done();
 * }</pre>
 */
@Name(Stage.NAME)
@Label("Bulk path stage")
@Category("Tandem")
@StackTrace(false)
public final class Stage extends Event {

    public static final String NAME = "dev.tandem.Stage";

    /** The event's field that names the stage. */
    public static final String FIELD = "stage";

    @Label("Stage")
    String stage;

    private Stage(String stage) {
        this.stage = stage;
    }

    /** Starts timing {@code stage}. */
    public static Stage begin(String stage) {
        Stage event = new Stage(stage);
        event.begin();
        return event;
    }

    /** Ends this stage and starts timing the one that follows it. */
    public Stage next(String stage) {
        done();
        return begin(stage);
    }

    /** Ends this stage and records it, if a recording listens. */
    public void done() {
        commit();
    }
}
