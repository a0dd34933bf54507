using System.Text.Json;

namespace AdobeTarget.Delivery.Tests;

public class WireValueTests
{
    public static TheoryData<string, string> KnownValues => new()
    {
        { Write(new AnalyticsRequest { Logging = LoggingType.ServerSide }), """{"logging":"server_side"}""" },
        { Write(new AnalyticsRequest { Logging = LoggingType.ClientSide }), """{"logging":"client_side"}""" },
        { Write(new CustomerId { AuthenticatedState = AuthenticatedState.LoggedOut }), """{"authenticatedState":"logged_out"}""" },
        { Write(new TelemetryFeatures { DecisioningMethod = DecisioningMethod.OnDevice }), """{"decisioningMethod":"on-device"}""" },
        { Write(new TelemetryFeatures { DecisioningMethod = DecisioningMethod.ServerSide }), """{"decisioningMethod":"server-side"}""" },
        { Write(new Context { Channel = ChannelType.Web }), """{"channel":"web"}""" },
        { Write(new MobilePlatform { DeviceType = DeviceType.Tablet, PlatformType = MobilePlatformType.Ios }), """{"deviceType":"tablet","platformType":"ios"}""" },
        { Write(new Screen { Orientation = ScreenOrientationType.Landscape }), """{"orientation":"landscape"}""" },
        { Write(new TelemetryEntry { Mode = ExecutionMode.Local }), """{"mode":"local"}""" },
        { Write(new Metric { Type = MetricType.Click }), """{"type":"click"}""" },
        { Write(new Option { Type = OptionType.Redirect }), """{"type":"redirect"}""" },
    };

    [Theory]
    [MemberData(nameof(KnownValues))]
    public void KnownValue_Written_UsesExactWireValue(string written, string expected) => Assert.Equal(expected, written);

    [Fact]
    public void KnownValue_Read_EqualsStaticProperty()
    {
        var metric = Read("""{"type":"display"}""", DeliveryJsonContext.Default.Metric);

        Assert.Equal(MetricType.Display, metric.Type);
        Assert.True(metric.Type == MetricType.Display);
        Assert.NotEqual(MetricType.Click, metric.Type);
    }

    [Fact]
    public void UnknownValue_Read_IsKeptAndWrittenBack()
    {
        var option = Read("""{"type":"holographic","content":"x"}""", DeliveryJsonContext.Default.Option);

        Assert.Equal("holographic", option.Type?.Value);
        Assert.Equal("""{"type":"holographic","content":"x"}""", JsonSerializer.Serialize(option, DeliveryJsonContext.Default.Option));
    }

    [Fact]
    public void WireValue_NotAString_ThrowsJsonExceptionNamingTheType()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"type":7}""", DeliveryJsonContext.Default.Metric));

        Assert.Contains("MetricType", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WireValue_ToString_IsTheWireValue() => Assert.Equal("logged_out", AuthenticatedState.LoggedOut.ToString());

    private static string Write<T>(T value) => JsonSerializer.Serialize(value, typeof(T), DeliveryJsonContext.Default);

    private static T Read<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) => JsonSerializer.Deserialize(json, info)!;
}
