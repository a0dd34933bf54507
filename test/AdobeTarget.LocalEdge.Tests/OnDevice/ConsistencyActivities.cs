using System.Text;

namespace AdobeTarget.LocalEdge.Tests.OnDevice;

/// <summary>Activities that exercise allocation edge cases: uneven and rounding weights, several offers, two activities on one location.</summary>
internal static class ConsistencyActivities
{
    public const string Json = """
        {
          "activities": [
            { "id": 501, "name": "Hero thirds", "mbox": "hero", "experiences": [
                { "id": 0, "name": "A", "weight": 1, "offers": [ { "type": "html", "content": "<p>A</p>" }, { "type": "json", "content": { "a": 1 } } ] },
                { "id": 1, "name": "B", "weight": 1, "offers": [ { "type": "html", "content": "<p>B</p>" } ] },
                { "id": 2, "name": "C", "weight": 1, "offers": [ { "type": "html", "content": "<p>C</p>" } ] } ] },
            { "id": 502, "name": "Hero again (never shown: one activity per mbox)", "mbox": "hero", "experiences": [
                { "id": 0, "offers": [ { "type": "html", "content": "<p>hidden</p>" } ] } ] },
            { "id": 503, "name": "Flags", "mbox": "flags", "trackClicks": false, "experiences": [
                { "id": 7, "name": "never (rounds to an empty range)", "weight": 0.001, "offers": [ { "type": "json", "content": { "v": 0 } } ] },
                { "id": 8, "name": "low", "weight": 10, "offers": [ { "type": "json", "content": { "v": 1, "price": 89.0 } } ] },
                { "id": 9, "name": "mid", "weight": 20.5, "offers": [ { "type": "json", "content": { "v": 2 } } ] },
                { "id": 10, "name": "high", "weight": 69.499, "offers": [ { "type": "json", "content": { "v": 3 } } ] } ] },
            { "id": 504, "name": "Go", "mbox": "go", "experiences": [
                { "id": 0, "weight": 50, "offers": [ { "type": "redirect", "content": "https://example.com/a" } ] },
                { "id": 1, "weight": 50, "offers": [ { "type": "redirect", "content": "https://example.com/b" } ] } ] },
            { "id": 505, "name": "Banner", "pageLoad": true, "experiences": [
                { "id": 0, "weight": 30, "offers": [ { "type": "html", "content": "<p>rain</p>" } ] },
                { "id": 1, "weight": 70, "offers": [ { "type": "html", "content": "<p>sun</p>" } ] } ] },
            { "id": 506, "name": "Footer", "pageLoad": true, "experiences": [
                { "id": 0, "weight": 1, "offers": [ { "type": "html", "content": "<p>f1</p>" } ] },
                { "id": 1, "weight": 2, "offers": [ { "type": "html", "content": "<p>f2</p>" } ] },
                { "id": 2, "weight": 3, "offers": [ { "type": "html", "content": "<p>f3</p>" } ] },
                { "id": 3, "weight": 4, "offers": [ { "type": "html", "content": "<p>f4</p>" } ] } ] },
            { "id": 507, "name": "Cart", "view": "cart", "experiences": [
                { "id": 0, "offers": [ { "type": "html", "content": "<p>cart 0</p>" } ] },
                { "id": 1, "offers": [ { "type": "html", "content": "<p>cart 1</p>" } ] } ] },
            { "id": 508, "name": "Cart badge", "view": "cart", "experiences": [
                { "id": 0, "weight": 5, "offers": [ { "type": "json", "content": { "badge": "x" } } ] },
                { "id": 1, "weight": 5, "offers": [ { "type": "json", "content": { "badge": "y" } } ] },
                { "id": 2, "weight": 90, "offers": [ { "type": "json", "content": { "badge": "z" } } ] } ] },
            { "id": 509, "name": "Home view", "view": "home-view", "experiences": [
                { "id": 0, "offers": [ { "type": "html", "content": "<p>hv 0</p>" } ] },
                { "id": 1, "offers": [ { "type": "html", "content": "<p>hv 1</p>" } ] } ] },
          ]
        }
        """;

    public static LocalTargetEdge Edge() =>
        new(LocalActivitiesLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(Json))), new LocalEdgeOptions { ClientCode = "acme", TokenSecret = "consistency" });
}
