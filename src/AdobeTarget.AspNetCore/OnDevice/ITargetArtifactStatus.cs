namespace AdobeTarget;

/// <summary>The on-device rules artifact as this server holds it: whether one is loaded, which, and since when.</summary>
public interface ITargetArtifactStatus
{
    /// <summary>Gets a value indicating whether an artifact is loaded, so on-device decisions can be made.</summary>
    bool IsReady { get; }

    /// <summary>Gets the loaded artifact's version, or <see langword="null"/> before one is loaded.</summary>
    string? Version { get; }

    /// <summary>Gets the number of rules in the loaded artifact (0 before one is loaded).</summary>
    int RuleCount { get; }

    /// <summary>Gets when the loaded artifact was last confirmed current (downloaded, or answered 304), or <see langword="null"/>.</summary>
    DateTimeOffset? LastRefreshed { get; }

    /// <summary>Waits until an artifact is loaded. Polling keeps going after failed downloads, so this completes once one succeeds.</summary>
    /// <param name="cancellationToken">Ends the wait (throwing <see cref="OperationCanceledException"/>); it does not stop polling.</param>
    /// <returns>A task that completes when <see cref="IsReady"/> is <see langword="true"/>.</returns>
    Task WaitUntilReadyAsync(CancellationToken cancellationToken = default);
}
