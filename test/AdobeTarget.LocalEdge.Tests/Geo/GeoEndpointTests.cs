using System.Text;
using System.Text.Json.Nodes;
using AdobeTarget.Decisioning;

namespace AdobeTarget.LocalEdge.Tests.Geo;

/// <summary>The geo endpoint over loopback HTTP, answering Target's geo service's shape from the activities file.</summary>
public class GeoEndpointTests : EdgeOverHttp
{
    private const string Activities = """
        {
          "activities": [ { "id": 1, "mbox": "home", "experiences": [ { "id": 0, "offers": [ { "type": "html", "content": "x" } ] } ] } ],
          "geo": {
            "203.0.113.7": { "latitude": 37.75, "longitude": -122.4, "city": "SAN FRANCISCO", "regionCode": "CA", "countryCode": "US" },
            "2001:DB8::1": { "city": "BERLIN", "countryCode": "DE" }
          },
          "defaultGeo": { "countryCode": "ZZ" }
        }
        """;

    protected override LocalTargetEdge CreateEdge() => new(LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Activities))));

    [Fact]
    public async Task KnownAddress_FirstOfXForwardedFor_AnswersItsLocation()
    {
        var geo = await GeoAsync("203.0.113.7, 10.0.0.1");

        Assert.Equal(37.75, geo["x-geo-latitude"]!.GetValue<double>());
        Assert.Equal(-122.4, geo["x-geo-longitude"]!.GetValue<double>());
        Assert.Equal("SAN FRANCISCO", geo["x-geo-city"]!.GetValue<string>());
        Assert.Equal("CA", geo["x-geo-region-code"]!.GetValue<string>());
        Assert.Equal("US", geo["x-geo-country-code"]!.GetValue<string>());
    }

    [Fact]
    public async Task KnownIpv6Address_OtherSpelling_AnswersItsLocationWithoutMissingMembers()
    {
        var geo = await GeoAsync("2001:db8:0:0::1");

        Assert.Equal("BERLIN", geo["x-geo-city"]!.GetValue<string>());
        Assert.Null(geo["x-geo-latitude"]);
        Assert.Null(geo["x-geo-region-code"]);
    }

    [Theory]
    [InlineData("198.51.100.1")]
    [InlineData("10.0.0.1, 203.0.113.7")]
    [InlineData("not an address")]
    [InlineData(null)]
    public async Task UnknownInvalidOrMissingAddress_AnswersTheDefault(string? forwardedFor)
    {
        var geo = await GeoAsync(forwardedFor);

        Assert.Equal("""{"x-geo-country-code":"ZZ"}""", geo.ToJsonString());
    }

    [Fact]
    public void GeoMap_TurnsOnGeoTargetingInTheArtifact()
    {
        Assert.True(TargetArtifact.Parse(Edge.RulesJson.Span).GeoTargetingEnabled);
    }

    [Fact]
    public async Task NoDefault_UnknownAddress_AnswersAnEmptyObject()
    {
        var edge = new LocalTargetEdge(new LocalActivities { Activities = TestActivities.Load().Activities });
        await using var server = await LocalEdgeServer.StartAsync(edge);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal("{}", await http.GetStringAsync("v1/geo"));
    }

    [Theory]
    [InlineData("""{ "not-an-ip": {} }""", "the key must be an IPv4 or IPv6 address")]
    [InlineData("""{ "203.0.113.7": { "latitude": 91 } }""", "latitude must be from -90 to 90")]
    [InlineData("""{ "203.0.113.7": { "longitude": -180.5 } }""", "longitude must be from -180 to 180")]
    [InlineData("""{ "203.0.113.7": { "city": "<script>" } }""", "city must be 1 to 64 letters")]
    [InlineData("""{ "203.0.113.7": { "regionCode": "C A" } }""", "regionCode must be 1 to 8 letters or digits")]
    [InlineData("""{ "203.0.113.7": { "countryCode": "USA" } }""", "countryCode must be two letters")]
    [InlineData("""{ "203.0.113.7": null }""", "a location object is required")]
    public void InvalidGeoMap_IsRefusedWithWhatToFix(string geo, string problem)
    {
        var json = $$"""{ "activities": [], "geo": {{geo}} }""";

        var error = Assert.Throws<InvalidDataException>(() => LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoMap_OverTheLimit_IsRefused()
    {
        var activities = new LocalActivities
        {
            Geo = Enumerable.Range(0, LocalActivities.MaxGeoEntries + 1).ToDictionary(i => $"10.0.{i / 256}.{i % 256}", _ => new LocalGeo { CountryCode = "US" }),
        };

        var error = Assert.Throws<InvalidDataException>(() => LocalActivitiesLoader.Check(activities));

        Assert.Contains("at most 1000", error.Message, StringComparison.Ordinal);
    }

    private async Task<JsonNode> GeoAsync(string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v1/geo");
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        using var response = await Http.SendAsync(request);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
