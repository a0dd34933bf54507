using System.Text.Json.Serialization;

namespace AdobeTarget.Delivery;

/// <summary>The mobile platform of a mobile-channel request.</summary>
public sealed record MobilePlatform : WireObject
{
    /// <summary>Device name, for device detection.</summary>
    [JsonPropertyName("deviceName")]
    public string? DeviceName { get; set; }

    /// <summary>Phone or tablet.</summary>
    [JsonPropertyName("deviceType")]
    public DeviceType? DeviceType { get; set; }

    /// <summary>Android or iOS.</summary>
    [JsonPropertyName("platformType")]
    public MobilePlatformType? PlatformType { get; set; }

    /// <summary>Platform version.</summary>
    [JsonPropertyName("version")]
    public string? Version { get; set; }
}
