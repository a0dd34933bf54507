using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdobeTarget.Delivery.Tests;

/// <summary>
/// The seed document's example (Adobe's "Send Notifications (Python)" page) translated line by line: prefetch the
/// <c>home</c> and <c>product1</c> mboxes, then notify the display of <c>product1</c>.
/// </summary>
public class SeedExampleTests
{
    private const string Product1State = "J+W1Fq18hxliDDJonTPfV0S+mzxapAO3J2OvbVqc/yEoaYF/ZXobyATV6sEEe2q74yyh3cZeeQZKwKVoVbOs3w==";
    private const string Product1EventToken = "mhFIzJSF7JWb-RsnVfFI02qipfsIHvVzTQxHolz2IpSCnQ9Y9OaLL2gsdrWQTvE54PwSz67rmXWmSnkXpSSS2Q==";

    [Fact]
    public void PrefetchRequest_TranslatedToCSharp_HasTheSeedShape()
    {
        var mboxes = new List<MboxRequest>
        {
            new() { Name = "home", Index = 0 },
            new() { Name = "product1", Index = 1 },
        };
        var prefetch = new PrefetchRequest { Mboxes = mboxes };
        var deliveryRequest = new DeliveryRequest { Prefetch = prefetch };

        AssertJson(
            """{"prefetch":{"mboxes":[{"index":0,"name":"home"},{"index":1,"name":"product1"}]}}""",
            JsonSerializer.Serialize(deliveryRequest, DeliveryJsonContext.Default.DeliveryRequest));
    }

    [Fact]
    public void NotificationRequest_TranslatedToCSharp_HasTheSeedShape()
    {
        var notificationMbox = new NotificationMbox { Name = "product1", State = Product1State };
        var notification = new Notification
        {
            Id = "product1-display",
            Type = MetricType.Display,
            Timestamp = 1_700_000_000_000,
            Mbox = notificationMbox,
            Tokens = [Product1EventToken],
        };
        var notificationRequest = new DeliveryRequest { Notifications = [notification] };

        AssertJson(
            $$$"""{"notifications":[{"id":"product1-display","type":"display","timestamp":1700000000000,"tokens":["{{{Product1EventToken}}}"],"mbox":{"name":"product1","state":"{{{Product1State}}}"}}]}""",
            JsonSerializer.Serialize(notificationRequest, DeliveryJsonContext.Default.DeliveryRequest));
    }

    private static void AssertJson(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");
}
