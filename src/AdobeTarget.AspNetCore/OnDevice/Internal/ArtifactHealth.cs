using System.Globalization;

namespace AdobeTarget.Internal;

/// <summary>
/// The rules artifact's part of the health check: when on-device decisions are configured (<c>DecisioningMethod</c>
/// <see cref="TargetDecisioningMethod.OnDevice"/> or <see cref="TargetDecisioningMethod.Hybrid"/>), a missing artifact, or one not
/// refreshed for <see cref="StaleIntervals"/> polling intervals (polling on), is a problem.
/// </summary>
internal static class ArtifactHealth
{
    /// <summary>How many polling intervals without a refresh make the artifact stale.</summary>
    public const int StaleIntervals = 3;

    /// <summary>Adds the artifact's version, rules and age to <paramref name="data"/> and says what is wrong, if anything.</summary>
    /// <returns>A sentence for the health report, or <see langword="null"/> when the artifact is fine or not needed.</returns>
    public static string? Check(ArtifactStore store, AdobeTargetOptions options, DateTimeOffset now, Dictionary<string, object> data)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(data);
        if (options.DecisioningMethod is not (TargetDecisioningMethod.OnDevice or TargetDecisioningMethod.Hybrid))
        {
            return null;
        }

        var consequence = options.DecisioningMethod == TargetDecisioningMethod.OnDevice
            ? "on-device calls fail"
            : "hybrid calls go to the edge";
        if (store.Current is not { } current || store.LastRefreshed is not { } refreshed)
        {
            data["artifact_rules"] = 0;
            return $"No Adobe Target rules artifact is loaded yet, so {consequence}.";
        }

        var age = now - refreshed;
        data["artifact_version"] = LogText.Clean(current.Artifact.Version, 64) ?? string.Empty;
        data["artifact_rules"] = current.Artifact.RuleCount;
        data["artifact_age_seconds"] = Math.Max(0, Math.Round(age.TotalSeconds, 3));
        var interval = options.OnDevice.PollingInterval;
        if (interval > TimeSpan.Zero && age > interval * StaleIntervals)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"The Adobe Target rules artifact (version {LogText.Clean(current.Artifact.Version, 64)}) was last refreshed {age.TotalSeconds:0} s ago, more than {StaleIntervals} polling intervals of {interval.TotalSeconds:0} s; decisions use the old rules.");
        }

        return null;
    }
}
