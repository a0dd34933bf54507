using System.Text.Json;
using System.Text.Json.Nodes;
using AdobeTarget.Delivery;

namespace AdobeTarget.AspNetCore.Tests.ServerState;

/// <summary>Results of a prefetch of views and the page load, as the client returns them, and helpers to read the script back.</summary>
public static class ServerStateFixtures
{
    public const string Prefix = "window.targetGlobalSettings=Object.assign(window.targetGlobalSettings||{},";
    public const string Suffix = ");";

    public static DeliveryRequest Request => new()
    {
        RequestId = "req-1",
        Context = new Context { Channel = ChannelType.Web, Address = new Address { Url = "https://shop.example/?q=<b>&x='1'" } },
        Id = new VisitorId { TntId = "abc.28_0" },
        Prefetch = new PrefetchRequest { Views = [new ViewRequest()], PageLoad = new RequestDetails() },
    };

    /// <summary>
    /// A response body whose view and page-load offers hold <paramref name="content"/> as an edge sends it: unescaped
    /// (only <c>"</c> and <c>\</c> escaped), so <c>&lt;</c> and U+2028 arrive raw.
    /// </summary>
    public static string ResponseJson(string content) => ResponseJsonWithRawString($"\"{content.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"");

    /// <summary>A response body whose offers hold <paramref name="offer"/>, a JSON string literal as written on the wire.</summary>
    public static string ResponseJsonWithRawString(string offer)
    {
        return """
            {"status":200,"requestId":"req-1","client":"acme","id":{"tntId":"abc.28_0"},"edgeHost":"mboxedge28.tt.omtrdc.net",
             "prefetch":{"views":[{"name":"home","key":"home","state":"s1","options":[{"type":"actions","content":[{"type":"setHtml","selector":"#hero","content":OFFER}],"eventToken":"t1"}]}],
                         "pageLoad":{"state":"s2","options":[{"type":"html","content":OFFER,"eventToken":"t2"}]}}}
            """.Replace("OFFER", offer, StringComparison.Ordinal);
    }

    public static TargetDeliveryResponse Result(string content) => FromWire(ResponseJson(content));

    public static TargetDeliveryResponse FromWire(string responseJson) => Result(JsonSerializer.Deserialize(responseJson, DeliveryJsonContext.Default.DeliveryResponse));

    public static TargetDeliveryResponse Result(DeliveryResponse? response, DeliveryRequest? request = null) => new()
    {
        Request = request ?? Request,
        Response = response,
        TargetCookie = new TargetCookie("mbox", "session#s#1", 1800),
        SessionId = "s",
    };

    /// <summary>The settings object the script merges, parsed back.</summary>
    public static JsonObject Settings(string script)
    {
        Assert.StartsWith(Prefix, script, StringComparison.Ordinal);
        Assert.EndsWith(Suffix, script, StringComparison.Ordinal);
        return JsonNode.Parse(script[Prefix.Length..^Suffix.Length])!.AsObject();
    }

    public static JsonNode Json(DeliveryRequest request) => JsonNode.Parse(JsonSerializer.Serialize(request, DeliveryJsonContext.Default.DeliveryRequest))!;
}
