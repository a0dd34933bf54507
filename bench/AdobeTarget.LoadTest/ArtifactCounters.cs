using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace AdobeTarget.LoadTest;

/// <summary>Sums the app's <c>adobe_target.artifact.downloads</c> counter by its <c>outcome</c> tag (loaded, not_modified, failed, refused).</summary>
internal sealed class ArtifactCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _downloads = new(StringComparer.Ordinal);

    /// <param name="meterFactory">The application's meter factory: only its meter counts, not other hosts' in the process.</param>
    public ArtifactCounters(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AdobeTargetDiagnostics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory)
                && instrument.Name == AdobeTargetDiagnostics.ArtifactDownloads)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var outcome = "?";
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome" && tag.Value is string text)
                {
                    outcome = text;
                }
            }

            _downloads.AddOrUpdate(outcome, value, (_, sum) => sum + value);
        });
        _listener.Start();
    }

    /// <summary>Gets the downloads so far, by outcome.</summary>
    public IReadOnlyDictionary<string, long> Downloads => new SortedDictionary<string, long>(_downloads, StringComparer.Ordinal);

    public void Dispose() => _listener.Dispose();
}
