using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Artifacts;

/// <summary>A download's telemetry entry (<c>ArtifactDownload</c>), which rides on the next request to the edge.</summary>
public class ArtifactTelemetryTests
{
    [Fact]
    public async Task Download_Loaded_BuffersOneArtifactDownloadEntryWithItsSize_And304AddsNone()
    {
        await using var harness = await ArtifactHarness.StartAsync();
        await harness.WaitUntilReadyAsync();
        await harness.AdvanceAsync(TimeSpan.FromMinutes(5)); // the next poll answers 304
        await harness.WaitUntilParkedAsync();

        var sent = harness.Services.GetRequiredService<TelemetryBuffer>().Attach(new DeliveryRequest());

        var entry = Assert.Single(sent.Telemetry!.Entries!);
        Assert.Equal("ArtifactDownload", entry.RequestId);
        Assert.Equal(harness.Server.Body.Length, entry.Request!.ResponseSize);
        Assert.Equal(ArtifactHarness.Start.ToUnixTimeMilliseconds(), entry.Timestamp);
        Assert.NotNull(entry.Parsing);
        Assert.NotNull(entry.Execution);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task Download_TelemetryOff_BuffersNothing()
    {
        await using var harness = await ArtifactHarness.StartAsync((o, _) => o.OnDevice.Telemetry = false);
        await harness.WaitUntilReadyAsync();

        var request = new DeliveryRequest();
        Assert.Same(request, harness.Services.GetRequiredService<TelemetryBuffer>().Attach(request));
    }
}
