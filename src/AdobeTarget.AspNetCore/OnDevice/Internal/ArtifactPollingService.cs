using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// Keeps the rules artifact current in the background. It runs only when on-device decisions can happen
/// (<see cref="IsNeeded"/>): it loads <c>OnDevice:ArtifactPath</c> if set, then (unless <c>OnDevice:PollingInterval</c> is
/// zero) downloads at once and every polling interval. A failed download is retried with backoff
/// (<see cref="ArtifactBackoff"/>) and polling goes on after a cycle that failed, the first one included. Start-up never
/// waits for it; shutdown cancels it.
/// </summary>
internal sealed class ArtifactPollingService(
    ArtifactDownloader downloader,
    ArtifactLoader loader,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    ILogger<ArtifactPollingService> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _run = Task.CompletedTask;
    private int _waits;

    /// <summary>Gets how many delays (retry or poll) the service has begun; each is registered with the time provider before this counts it.</summary>
    internal int Waits => Volatile.Read(ref _waits);

    /// <summary>Gets the background loop (completed when the service does not run or has stopped).</summary>
    internal Task Running => _run;

    /// <summary>
    /// Whether the artifact is needed: <c>DecisioningMethod</c> is <see cref="TargetDecisioningMethod.OnDevice"/> or
    /// <see cref="TargetDecisioningMethod.Hybrid"/>, or <c>OnDevice:ArtifactLocation</c> or <c>OnDevice:ArtifactPath</c> is set
    /// (so that a per-call override to on-device has an artifact).
    /// </summary>
    public static bool IsNeeded(AdobeTargetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.DecisioningMethod is TargetDecisioningMethod.OnDevice or TargetDecisioningMethod.Hybrid
            || options.OnDevice.ArtifactLocation is not null
            || options.OnDevice.ArtifactPath is not null;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (IsNeeded(options.Value))
        {
            _run = RunAsync(_stopping.Token);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _run.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public void Dispose()
    {
        // Disposed without StopAsync (a later hosted service failed to start, a bare provider): the loop still ends.
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        // Off the host's start-up path: the file read and the first download run on the thread pool.
        await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        try
        {
            var settings = options.Value;
            var onDevice = settings.OnDevice;
            if (onDevice.ArtifactPath is { } path)
            {
                await loader.LoadFileAsync(path, cancellationToken).ConfigureAwait(false);
            }

            if (onDevice.PollingInterval == TimeSpan.Zero)
            {
                if (onDevice.ArtifactPath is null)
                {
                    ArtifactLog.NeverLoaded(logger);
                }

                return;
            }

            var address = ArtifactAddress.For(settings);
            ArtifactLog.PollingStarted(logger, address.Display, onDevice.PollingInterval.TotalSeconds);
            while (true)
            {
                await PollAsync(address, onDevice.PollingInterval, cancellationToken).ConfigureAwait(false);
                await DelayAsync(onDevice.PollingInterval, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    /// <summary>One polling cycle: up to <see cref="ArtifactBackoff.MaxAttemptsPerCycle"/> downloads, logging a failing cycle in two lines.</summary>
    private async Task PollAsync(ArtifactAddress address, TimeSpan interval, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            ArtifactAttempt result;
            try
            {
                result = await downloader.DownloadAsync(address, cancellationToken).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // The poller must survive anything; it is logged and polling goes on.
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                // Not expected (failures are results); logged, and the cycle ends so that polling goes on.
                ArtifactLog.PollerFault(logger, exception);
                return;
            }

            if (result.Outcome != ArtifactOutcome.Failed)
            {
                return;
            }

            var reason = result.Reason ?? "unknown";
            var source = address.Display;
            if (attempt == 1)
            {
                ArtifactLog.DownloadFailed(logger, source, reason, attempt, loader.Keeping);
            }

            if (attempt >= ArtifactBackoff.MaxAttemptsPerCycle)
            {
                ArtifactLog.GaveUp(logger, source, attempt, reason, loader.Keeping, interval.TotalSeconds);
                return;
            }

            var delay = ArtifactBackoff.Delay(attempt, interval, Random.Shared.NextDouble());
            ArtifactLog.Retrying(logger, (long)delay.TotalMilliseconds, attempt, reason);
            await DelayAsync(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        var wait = Task.Delay(delay, timeProvider, cancellationToken);
        Interlocked.Increment(ref _waits);
        return wait;
    }
}
