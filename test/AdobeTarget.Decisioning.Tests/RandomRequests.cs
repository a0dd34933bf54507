using AdobeTarget.Delivery;

namespace AdobeTarget.Decisioning.Tests;

/// <summary>Seeded random Delivery requests over an artifact's mboxes and views, including hostile values.</summary>
internal sealed class RandomRequests(TargetArtifact artifact, int seed)
{
    private static readonly string[] UserAgents =
    [
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko",
        "",
        "\ud800garbage\u0000",
    ];

    private static readonly string[] Urls =
    [
        "https://www.example.com/products?id=1#top",
        "http://local-target-test:8080/",
        "https://shop.example.co.uk/a/b",
        "http://127.0.0.1/x",
        "not a url",
        "https://\ud800.com/%%%",
        "",
    ];

    private readonly Random _random = new(seed);

    public DeliveryRequest Next(VisitorId? visitor = null)
    {
        var mboxNames = artifact.LocalMboxes.Concat(artifact.RemoteMboxes).Append("unknown-mbox").ToArray();
        var request = new DeliveryRequest
        {
            Id = visitor ?? (_random.Next(4) == 0 ? null : new VisitorId { TntId = $"visitor{_random.Next(1000)}.28_0" }),
            Property = _random.Next(5) == 0 ? new Property { Token = "token" + _random.Next(3) } : null,
            Context = new Delivery.Context
            {
                UserAgent = Pick(UserAgents),
                Address = new Address { Url = Pick(Urls), ReferringUrl = Pick(Urls) },
                Geo = _random.Next(2) == 0 ? null : new Geo { City = "SAN FRANCISCO", CountryCode = "US", StateCode = "CA", Latitude = 37.75, Longitude = -122.4 },
            },
        };

        var mboxes = Enumerable.Range(0, _random.Next(4)).Select(i => new MboxRequest { Name = Pick(mboxNames), Index = i, Parameters = Parameters() }).ToList();
        if (_random.Next(2) == 0)
        {
            request.Execute = new ExecuteRequest { Mboxes = mboxes, PageLoad = _random.Next(3) == 0 ? new RequestDetails { Parameters = Parameters() } : null };
        }
        else
        {
            request.Prefetch = new PrefetchRequest
            {
                Mboxes = mboxes,
                Views = _random.Next(3) == 0 ? [new ViewRequest { Name = _random.Next(2) == 0 ? null : Pick(artifact.LocalViews.Append("nope").ToArray()), Parameters = Parameters() }] : null,
                PageLoad = _random.Next(4) == 0 ? new RequestDetails() : null,
            };
        }

        return request;
    }

    private Dictionary<string, string>? Parameters() => _random.Next(3) switch
    {
        0 => null,
        1 => new Dictionary<string, string> { ["foo"] = "bar", ["favorite.color"] = Pick(["Blue", "RED", "green"]), ["jason"] = "correct", ["greg"] = "correct" },
        _ => new Dictionary<string, string> { ["huge"] = new string('x', 100_000), ["a.b..c"] = "\udc00", ["."] = "", ["x.y.z"] = "Deep" },
    };

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
