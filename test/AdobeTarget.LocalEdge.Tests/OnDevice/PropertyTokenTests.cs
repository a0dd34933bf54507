using System.Text;
using System.Text.Json;
using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;

namespace AdobeTarget.LocalEdge.Tests.OnDevice;

/// <summary>Activities limited to property tokens: the edge and the engine on its artifact filter alike.</summary>
public class PropertyTokenTests
{
    private const string Activities = """
        {
          "activities": [
            { "id": 1, "name": "Promo for property A", "mbox": "promo", "propertyTokens": [ "tok-a" ],
              "experiences": [ { "id": 0, "offers": [ { "type": "html", "content": "<p>A</p>" } ] } ] },
            { "id": 2, "name": "Promo for everyone", "mbox": "promo",
              "experiences": [ { "id": 0, "offers": [ { "type": "html", "content": "<p>all</p>" } ] } ] },
            { "id": 3, "name": "Cart for property B", "view": "cart", "propertyTokens": [ "tok-b" ],
              "experiences": [ { "id": 0, "offers": [ { "type": "html", "content": "<p>B cart</p>" } ] } ] }
          ]
        }
        """;

    private static readonly LocalTargetEdge TheEdge = new(LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Activities))));
    private static readonly TargetArtifact Artifact = TargetArtifact.Parse(TheEdge.RulesJson.Span);

    [Theory]
    [InlineData(null, "<p>all</p>", "")]
    [InlineData("tok-a", "<p>A</p>", "")]
    [InlineData("tok-b", "<p>all</p>", "<p>B cart</p>")]
    [InlineData("tok-c", "<p>all</p>", "")]
    public void PropertyToken_EdgeAndEngineShowTheSameActivity(string? token, string promo, string cart)
    {
        var property = token is null ? "" : $$""","property":{"token":"{{token}}"}""";
        var json = """{"id":{"tntId":"v.35_0"},"context":{"channel":"web"}""" + property + ""","prefetch":{"mboxes":[{"name":"promo","index":0}],"views":[{"name":"cart"}]}}""";

        var edge = TheEdge.Answer(Parse(json), "s", "ORG@AdobeOrg").Response!.Prefetch!;
        var device = new OnDeviceDecider(TimeProvider.System).Decide(Artifact, new OnDeviceRequest { Request = Parse(json), ClientCode = "local" }).Response.Prefetch!;

        Assert.Equal(promo, edge.Mboxes![0].Options!.Single().Content!.Value.GetString());
        Assert.Equal(promo, device.Mboxes![0].Options!.Single().Content!.Value.GetString());
        Assert.Equal(cart, string.Concat(edge.Views!.SelectMany(v => v.Options!).Select(o => o.Content!.Value.GetString())));
        Assert.Equal(cart, string.Concat(device.Views!.SelectMany(v => v.Options!).Select(o => o.Content!.Value.GetString())));
    }

    [Theory]
    [InlineData("""[""]""")]
    [InlineData("""["has space"]""")]
    [InlineData("""[null]""")]
    public void InvalidPropertyToken_IsRefused(string tokens)
    {
        var json = """{ "activities": [ { "id": 1, "mbox": "m", "propertyTokens": TOKENS, "experiences": [ { "id": 0, "offers": [] } ] } ] }""".Replace("TOKENS", tokens, StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("property tokens must be 1 to 64 letters, digits or '-'", error.Message, StringComparison.Ordinal);
    }

    private static DeliveryRequest Parse(string json) => JsonSerializer.Deserialize(json, DeliveryJsonContext.Default.DeliveryRequest)!;
}
