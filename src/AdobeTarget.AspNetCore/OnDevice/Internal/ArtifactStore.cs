namespace AdobeTarget.Internal;

/// <summary>
/// Holds the current <see cref="ArtifactSnapshot"/>. Decisions read <see cref="Current"/> without locks; the poller swaps
/// it atomically with <see cref="Publish"/>, and records a 304 with <see cref="Confirm"/> without making a new snapshot.
/// </summary>
internal sealed class ArtifactStore(TimeProvider timeProvider) : ITargetArtifactStatus
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ArtifactSnapshot? _current;
    private long _lastRefreshedTicks;

    /// <summary>Gets the artifact decisions use now, or <see langword="null"/> before the first load.</summary>
    public ArtifactSnapshot? Current => Volatile.Read(ref _current);

    public bool IsReady => Current is not null;

    public string? Version => Current?.Artifact.Version;

    public int RuleCount => Current?.Artifact.RuleCount ?? 0;

    public DateTimeOffset? LastRefreshed
    {
        get
        {
            var ticks = Interlocked.Read(ref _lastRefreshedTicks);
            return ticks == 0 ? null : new DateTimeOffset(ticks, TimeSpan.Zero);
        }
    }

    /// <summary>Makes <paramref name="snapshot"/> the current artifact.</summary>
    public void Publish(ArtifactSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Volatile.Write(ref _current, snapshot);
        Interlocked.Exchange(ref _lastRefreshedTicks, snapshot.LoadedAt.UtcTicks);
        _ready.TrySetResult();
    }

    /// <summary>Records that the current artifact is still current (a 304), without replacing it.</summary>
    public void Confirm() => Interlocked.Exchange(ref _lastRefreshedTicks, timeProvider.GetUtcNow().UtcTicks);

    public Task WaitUntilReadyAsync(CancellationToken cancellationToken = default) =>
        _ready.Task.WaitAsync(cancellationToken);
}
