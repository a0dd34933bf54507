using AdobeTarget;
using AdobeTarget.Internal;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the Adobe Target health checks.</summary>
public static class AdobeTargetHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check that reports <paramref name="failureStatus"/> when recent Delivery API calls failed (at least 3
    /// failures, half the calls or more, within the last minute), or, when <c>DecisioningMethod</c> is <c>OnDevice</c> or
    /// <c>Hybrid</c>, when no rules artifact is loaded or it was not refreshed for 3 polling intervals. It reads the
    /// outcomes of the application's own calls and never calls Adobe itself. Needs <c>services.AddAdobeTarget()</c>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name; <c>adobe_target</c> by default.</param>
    /// <param name="failureStatus">The status to report; <see cref="HealthStatus.Degraded"/> by default (pages still serve default content).</param>
    /// <param name="tags">Tags to filter checks by.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddAdobeTarget(this IHealthChecksBuilder builder, string name = "adobe_target", HealthStatus failureStatus = HealthStatus.Degraded, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, provider => new AdobeTargetHealthCheck(
            provider.GetRequiredService<DeliveryHealth>(),
            provider.GetRequiredService<EdgeCircuits>(),
            provider.GetService<ArtifactStore>(),
            provider.GetService<IOptions<AdobeTargetOptions>>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System), failureStatus, tags));
    }

    /// <summary>
    /// Adds a readiness check that reports <paramref name="failureStatus"/> until the on-device rules artifact is loaded
    /// (downloaded or read from <c>OnDevice:ArtifactPath</c>), and healthy once it is, or at once when no artifact is needed
    /// (<c>DecisioningMethod</c> <c>ServerSide</c> with neither <c>OnDevice:ArtifactLocation</c> nor <c>OnDevice:ArtifactPath</c>).
    /// Map it to a readiness endpoint so that traffic waits for on-device decisions. Needs <c>services.AddAdobeTarget()</c>.
    /// </summary>
    /// <param name="builder">The health checks builder.</param>
    /// <param name="name">The check's name; <c>adobe_target_artifact</c> by default.</param>
    /// <param name="failureStatus">The status to report before the artifact is loaded; <see cref="HealthStatus.Unhealthy"/> by default.</param>
    /// <param name="tags">Tags to filter checks by; <c>ready</c> by default.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddAdobeTargetArtifactReady(this IHealthChecksBuilder builder, string name = "adobe_target_artifact", HealthStatus failureStatus = HealthStatus.Unhealthy, IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, provider => ActivatorUtilities.CreateInstance<ArtifactReadyHealthCheck>(provider), failureStatus, tags ?? ["ready"]));
    }
}
