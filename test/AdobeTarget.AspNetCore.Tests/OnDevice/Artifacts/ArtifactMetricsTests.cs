using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

public class ArtifactMetricsTests
{
    private static MetricCollector<T> Collect<T>(ArtifactHarness harness, string name)
        where T : struct =>
        new(harness.Services.GetRequiredService<IMeterFactory>(), AdobeTargetDiagnostics.MeterName, name);

    private static List<string> Outcomes(MetricCollector<long> downloads) =>
        [.. downloads.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!)];

    [Fact]
    public async Task Downloads_CountedByOutcome()
    {
        await using var harness = await ArtifactHarness.StartAsync(start: false);
        using var downloads = Collect<long>(harness, AdobeTargetDiagnostics.ArtifactDownloads);
        await harness.Poller.StartAsync(CancellationToken.None);
        await harness.WaitUntilReadyAsync();

        await harness.AdvanceAsync(); // 304
        await harness.WaitUntilParkedAsync();
        harness.Server.Respond = ArtifactServer.Status(502);
        await harness.AdvanceAsync(); // failed, then retried after a backoff delay
        await harness.WaitUntilParkedAsync();
        harness.Server.Respond = ArtifactServer.Bytes(TestArtifacts.Garbage);
        await harness.AdvanceAsync(); // refused
        await harness.WaitUntilParkedAsync();

        Assert.Equal<string>(["loaded", "not_modified", "failed", "refused"], Outcomes(downloads));
        Assert.All(downloads.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task AgeAndRules_ObservedFromTheLoadedArtifact()
    {
        await using var harness = await ArtifactHarness.StartAsync(start: false);
        using var age = Collect<double>(harness, AdobeTargetDiagnostics.ArtifactAge);
        using var rules = Collect<int>(harness, AdobeTargetDiagnostics.ArtifactRules);
        age.RecordObservableInstruments();
        rules.RecordObservableInstruments();
        Assert.Empty(age.GetMeasurementSnapshot());
        Assert.Empty(rules.GetMeasurementSnapshot());

        await harness.Poller.StartAsync(CancellationToken.None);
        await harness.WaitUntilReadyAsync();
        await harness.Poller.StopAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromSeconds(42));
        age.RecordObservableInstruments();
        rules.RecordObservableInstruments();

        Assert.Equal(42.0, age.LastMeasurement!.Value);
        Assert.Equal(2, rules.LastMeasurement!.Value);
    }
}
