using System.Diagnostics.Metrics;

namespace AdobeTarget.Internal;

/// <summary>The rules artifact's metrics, on the <see cref="AdobeTargetDiagnostics.MeterName"/> meter.</summary>
internal sealed class ArtifactMetrics
{
    private readonly Counter<long> _downloads;

    public ArtifactMetrics(IMeterFactory meterFactory, ArtifactStore store, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(AdobeTargetDiagnostics.MeterName);
        _downloads = meter.CreateCounter<long>(AdobeTargetDiagnostics.ArtifactDownloads, "{download}", "Rules artifact downloads, by outcome.");
        meter.CreateObservableGauge(
            AdobeTargetDiagnostics.ArtifactAge,
            () => store.LastRefreshed is { } refreshed ? [new Measurement<double>((timeProvider.GetUtcNow() - refreshed).TotalSeconds)] : Array.Empty<Measurement<double>>(),
            "s",
            "Time since the rules artifact was last loaded or confirmed current.");
        meter.CreateObservableGauge(
            AdobeTargetDiagnostics.ArtifactRules,
            () => store.IsReady ? [new Measurement<int>(store.RuleCount)] : Array.Empty<Measurement<int>>(),
            "{rule}",
            "Rules in the loaded rules artifact.");
    }

    public void Downloaded(ArtifactOutcome outcome) =>
        _downloads.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            ArtifactOutcome.Loaded => "loaded",
            ArtifactOutcome.NotModified => "not_modified",
            ArtifactOutcome.Refused => "refused",
            _ => "failed",
        }));
}
