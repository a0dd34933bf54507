using System.Text;

namespace AdobeTarget.LocalEdge.Tests;

/// <summary>Activities files used by the tests, written as a person would.</summary>
internal static class TestActivities
{
    public const string Json = """
        {
          // comments and trailing commas are fine
          "activities": [
            { "id": 1, "name": "Hero <b>test</b>", "mbox": "home",
              "experiences": [
                { "id": 10, "name": "A", "weight": 70, "offers": [ { "type": "html", "content": "<p>A</p>" } ], "responseTokens": { "campaign": "spring" } },
                { "id": 11, "name": "B", "weight": 30, "offers": [ { "type": "html", "content": "<p>B</p>" } ] },
              ] },
            { "id": 2, "name": "Flags", "mbox": "flags", "trackClicks": false,
              "experiences": [ { "id": 20, "name": "On", "offers": [ { "type": "json", "content": { "enabled": true } } ] } ] },
            { "id": 3, "name": "Cart view", "view": "cart",
              "experiences": [ { "id": 30, "name": "Only", "offers": [ { "type": "html", "content": "<p>cart</p>" } ] } ] },
            { "id": 4, "name": "Global", "pageLoad": true,
              "experiences": [ { "id": 40, "name": "Only", "offers": [ { "type": "redirect", "content": "https://example.com/sale" } ] } ] },
          ]
        }
        """;

    public static LocalActivities Load() => LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json)));

    public static LocalTargetEdge Edge(string? secret = null) => new(Load(), new LocalEdgeOptions { TokenSecret = secret });
}
