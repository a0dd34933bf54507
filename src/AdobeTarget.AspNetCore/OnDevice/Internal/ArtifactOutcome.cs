namespace AdobeTarget.Internal;

/// <summary>How one artifact download ended (the <c>outcome</c> tag of <see cref="AdobeTargetDiagnostics.ArtifactDownloads"/>).</summary>
internal enum ArtifactOutcome
{
    /// <summary>A new artifact was downloaded, parsed and published.</summary>
    Loaded,

    /// <summary>The server answered 304: the current artifact is still current.</summary>
    NotModified,

    /// <summary>No artifact arrived: a network error, a timeout or a status other than 2xx and 304. Retried with backoff.</summary>
    Failed,

    /// <summary>A body arrived but was refused (too large, or not a valid artifact). Not retried before the next poll.</summary>
    Refused,
}
