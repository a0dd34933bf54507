using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AdobeTarget.AspNetCore.Tests.Diagnostics;

/// <summary>
/// OpenTelemetry's SDK with the in-memory exporters, listening to the <c>AdobeTarget</c> source and meter and to
/// HttpClient's own <c>System.Net.Http</c> source. The test runs under <see cref="Root"/>, and <see cref="Spans"/> keeps
/// only this test's trace (and spans linked into it).
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("AdobeTarget.Tests.Diagnostics");
    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _meters;

    public TelemetryCapture()
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(TestSource.Name, AdobeTargetDiagnostics.ActivitySourceName, "System.Net.Http")
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(_spans)
            .Build();
        _meters = Sdk.CreateMeterProviderBuilder()
            .AddMeter(AdobeTargetDiagnostics.MeterName)
            .AddInMemoryExporter(_metrics)
            .Build();
        Root = TestSource.StartActivity("test root")!;
    }

    /// <summary>Gets the test's own span, current while the test runs.</summary>
    public Activity Root { get; }

    /// <summary>Gets the finished spans of this test's trace, and the spans linked to it.</summary>
    public IReadOnlyList<Activity> Spans()
    {
        _tracing.ForceFlush();
        lock (_spans)
        {
            return [.. _spans.Where(s => s.TraceId == Root.TraceId || s.Links.Any(l => l.Context.TraceId == Root.TraceId))];
        }
    }

    /// <summary>Gets the finished spans of one name.</summary>
    public IReadOnlyList<Activity> Spans(string name) => [.. Spans().Where(s => s.OperationName == name)];

    /// <summary>Gets the latest exported state of one instrument, or <see langword="null"/> when nothing was recorded.</summary>
    public MetricSnapshot? Metric(string name)
    {
        _meters.ForceFlush();
        return _metrics.LastOrDefault(m => m.Name == name);
    }

    public void Dispose()
    {
        Root.Dispose();
        _tracing.Dispose();
        _meters.Dispose();
    }
}
