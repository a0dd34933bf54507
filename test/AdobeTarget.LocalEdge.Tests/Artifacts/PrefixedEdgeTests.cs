using System.Net;
using AdobeTarget.Decisioning;
using AdobeTarget.Shared;
using Microsoft.AspNetCore.Builder;

namespace AdobeTarget.LocalEdge.Tests.Artifacts;

/// <summary>Artifacts and geo live under the prefix the edge is mapped at, beside the Delivery API.</summary>
public class PrefixedEdgeTests
{
    [Fact]
    public async Task MappedUnderAPrefix_ArtifactAndGeoAreUnderIt()
    {
        await using var app = await LoopbackApp.StartAsync(web => web.MapTargetLocalEdge(TestActivities.Edge(), "/edge"));
        using var http = new HttpClient { BaseAddress = app.Address };

        var json = await http.GetByteArrayAsync("edge/local/production/v1/rules.json");
        using var geo = await http.GetAsync("edge/v1/geo");
        using var unprefixed = await http.GetAsync("local/production/v1/rules.json");

        Assert.Empty(TargetArtifact.Parse(json).UnsupportedRules);
        Assert.Equal(HttpStatusCode.OK, geo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unprefixed.StatusCode);
    }
}
