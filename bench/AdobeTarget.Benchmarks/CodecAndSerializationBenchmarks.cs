using System.Text.Json;
using AdobeTarget.Delivery;
using AdobeTarget.Internal;
using BenchmarkDotNet.Attributes;

namespace AdobeTarget.Benchmarks;

/// <summary>The pure pieces on a call's path: cookie read + write (goal under 1 µs), request serialisation, response parsing.</summary>
[MemoryDiagnoser]
public class CodecAndSerializationBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
    private string _cookie = null!;
    private DeliveryRequest _request = null!;
    private byte[] _response = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cookie = MboxCookieCodec.Write(MboxCookie.Empty, "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "08210e2d751a44779b8313e2d2692b96.21_27", Now).Value;
        _request = BenchmarkHost.SeedRequest() with
        {
            RequestId = "e8ac2dbf5f7d4a9f9280f6071f24a01e",
            Id = new VisitorId { TntId = "08210e2d751a44779b8313e2d2692b96.21_27" },
            Context = new Context { Channel = ChannelType.Web, UserAgent = "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0", Address = new Address { Url = "https://shop.example.com/" } },
            ExperienceCloud = new ExperienceCloud { Analytics = new AnalyticsRequest { Logging = LoggingType.ServerSide, SupplementalDataId = "0123456789ABCDEF-0123456789ABCDEF" } },
        };
        _response = System.Text.Encoding.UTF8.GetBytes(SeedDocument.PrefetchResponse);
    }

    [Benchmark(Description = "mbox cookie read + write")]
    public string CookieReadWrite()
    {
        var cookie = MboxCookieCodec.Parse(_cookie, Now);
        return MboxCookieCodec.Write(cookie, cookie.SessionId!, cookie.TntId, Now).Value;
    }

    [Benchmark(Description = "request serialisation (seed prefetch)")]
    public byte[] SerializeRequest() => JsonSerializer.SerializeToUtf8Bytes(_request, DeliveryJsonContext.Default.DeliveryRequest);

    [Benchmark(Description = "response parsing (seed response)")]
    public DeliveryResponse? ParseResponse() => JsonSerializer.Deserialize(_response, DeliveryJsonContext.Default.DeliveryResponse);
}
