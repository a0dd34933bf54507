using System.Text.Json;
using AdobeTarget.AspNetCore.Tests.Infrastructure;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace AdobeTarget.AspNetCore.Tests.OnDevice.Routing;

/// <summary>What a traced local decision tells about the artifact: never the server's file path.</summary>
public class OnDeviceTraceTests
{
    [Fact]
    public async Task GetOffersAsync_TracedWithAnArtifactFromAFile_NamesItFileWithoutThePath()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.DecisioningMethod = TargetDecisioningMethod.OnDevice);
        harness.Services.GetRequiredService<ArtifactStore>().Publish(new ArtifactSnapshot(
            OnDeviceArtifacts.Load("TEST_ARTIFACT_AB_SIMPLE"), null, ArtifactSnapshot.FilePrefix + "/srv/secret/rules.json", DateTimeOffset.UnixEpoch));
        var request = OnDeviceArtifacts.Execute("mbox-magician");
        request.Trace = new Trace { AuthorizationToken = "token" };

        var response = await harness.Client.GetOffersAsync(new TargetDeliveryOptions { Request = request });

        var json = JsonSerializer.Serialize(response.Response!, DeliveryJsonContext.Default.DeliveryResponse);
        Assert.Contains("\"artifactLocation\":\"file\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/secret", json, StringComparison.Ordinal);
    }
}
