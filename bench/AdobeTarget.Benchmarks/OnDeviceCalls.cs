using AdobeTarget.Delivery;

namespace AdobeTarget.Benchmarks;

/// <summary>The call the on-device benchmarks make: one execute mbox of <c>artifact.json</c>, Chrome, a page address.</summary>
internal static class OnDeviceCalls
{
    public static TargetDeliveryOptions OneExecuteMbox(TargetDecisioningMethod method, string? cookie) => new()
    {
        DecisioningMethod = method,
        TargetCookie = cookie,
        Request = new DeliveryRequest
        {
            Context = new Context
            {
                Channel = ChannelType.Web,
                UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                Address = new Address { Url = "https://shop.example.com/products/1?ref=bench" },
            },
            Execute = new ExecuteRequest { Mboxes = [new MboxRequest { Name = "mbox-browsers", Index = 1 }] },
        },
    };
}
