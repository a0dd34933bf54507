namespace AdobeTarget.LoadTest;

/// <summary>How <see cref="ArtifactFaultInjector"/> makes an artifact download misbehave, in the order it takes them.</summary>
public enum ArtifactFault
{
    /// <summary>200 with an HTML body and a new entity tag: the app must refuse it and keep its artifact.</summary>
    Garbage,

    /// <summary>503.</summary>
    Unavailable,

    /// <summary>No answer until three download timeouts have passed (or the client gave up).</summary>
    Hang,

    /// <summary>200 with a body one byte over the app's cap, chunked.</summary>
    Oversized,

    /// <summary>The connection is reset before any answer.</summary>
    Reset,

    /// <summary>200 announcing the real artifact's length, half of it sent, then the connection reset.</summary>
    Truncated,
}
