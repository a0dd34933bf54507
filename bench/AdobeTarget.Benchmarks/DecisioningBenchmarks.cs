using AdobeTarget.Decisioning;
using AdobeTarget.Delivery;
using BenchmarkDotNet.Attributes;

namespace AdobeTarget.Benchmarks;

/// <summary>
/// On-device decisions over the production artifact (artifact.json, 152 rules), warm: Chrome user agent, page URL
/// and referrer, geo given, fixed visitor. Goals: one mbox ≤ 5 µs, ten mboxes ≤ 25 µs, page load (87 global rules) ≤ 50 µs.
/// </summary>
[MemoryDiagnoser]
public class DecisioningBenchmarks
{
    private static readonly string[] TenMboxes =
    [
        "mbox-macros", "mbox-salutations", "super-duper", "mbox-magician", "mbox-geography",
        "perf-mbox", "mbox-params", "mbox-feature-flags", "mbox-urlcontains", "mbox-prioritized",
    ];

    private readonly OnDeviceDecider _decider = new(TimeProvider.System);
    private byte[] _artifactBytes = null!;
    private TargetArtifact _artifact = null!;
    private OnDeviceRequest _oneMbox = null!;
    private OnDeviceRequest _tenMboxes = null!;
    private OnDeviceRequest _pageLoad = null!;

    [GlobalSetup]
    public void Setup()
    {
        _artifactBytes = File.ReadAllBytes(BenchmarkArtifacts.Find("artifact.json"));
        _artifact = TargetArtifact.Parse(_artifactBytes);
        _oneMbox = Request(new ExecuteRequest { Mboxes = [new MboxRequest { Name = "mbox-browsers", Index = 1 }] });
        _tenMboxes = Request(new ExecuteRequest { Mboxes = TenMboxes.Select((name, i) => new MboxRequest { Name = name, Index = i }).ToList() });
        _pageLoad = Request(new ExecuteRequest { PageLoad = new RequestDetails() });
    }

    [Benchmark(Description = "on-device: one mbox (execute)")]
    public OnDeviceDecision OneMbox() => _decider.Decide(_artifact, _oneMbox);

    [Benchmark(Description = "on-device: ten mboxes (execute)")]
    public OnDeviceDecision TenMboxesDecision() => _decider.Decide(_artifact, _tenMboxes);

    [Benchmark(Description = "on-device: page load (global mbox, 87 rules)")]
    public OnDeviceDecision PageLoad() => _decider.Decide(_artifact, _pageLoad);

    [Benchmark(Description = "artifact load: parse + compile artifact.json")]
    public TargetArtifact ArtifactLoad() => TargetArtifact.Parse(_artifactBytes);

    private static OnDeviceRequest Request(ExecuteRequest execute) => new()
    {
        ClientCode = "targettesting",
        SessionId = "dummy_session",
        Request = new DeliveryRequest
        {
            RequestId = "bench",
            Id = new VisitorId { TntId = "338e3c1e51f7416a8e1ccba4f81acea0.28_0", MarketingCloudVisitorId = "07327024324407615852294135870030620007" },
            Context = new Context
            {
                Channel = ChannelType.Web,
                UserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
                Address = new Address { Url = "https://www.shop.example.co.uk/products/shoes?color=red#reviews", ReferringUrl = "https://www.google.com/search?q=shoes" },
                Geo = new Geo { City = "SAN FRANCISCO", StateCode = "CA", CountryCode = "US", Latitude = 37.75, Longitude = -122.4 },
            },
            Execute = execute,
        },
    };
}
