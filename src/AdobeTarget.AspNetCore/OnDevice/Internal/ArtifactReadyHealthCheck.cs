using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// A readiness check: healthy once a rules artifact is loaded, or at once when none is needed
/// (<see cref="ArtifactPollingService.IsNeeded"/>). For a load balancer that should send traffic only when on-device
/// decisions can be made.
/// </summary>
internal sealed class ArtifactReadyHealthCheck(ArtifactStore store, IOptions<AdobeTargetOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (store.Current is { } current)
        {
            return Task.FromResult(HealthCheckResult.Healthy(
                $"Adobe Target rules artifact version {LogText.Clean(current.Artifact.Version, 64)} is loaded.",
                new Dictionary<string, object> { ["artifact_version"] = LogText.Clean(current.Artifact.Version, 64) ?? string.Empty, ["artifact_rules"] = current.Artifact.RuleCount }));
        }

        return Task.FromResult(ArtifactPollingService.IsNeeded(options.Value)
            ? new HealthCheckResult(context.Registration.FailureStatus, "No Adobe Target rules artifact is loaded yet.")
            : HealthCheckResult.Healthy("No Adobe Target rules artifact is needed (server-side decisioning)."));
    }
}
