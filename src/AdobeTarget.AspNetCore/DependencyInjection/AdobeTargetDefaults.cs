namespace AdobeTarget;

/// <summary>Names the integration registers, for applications and tests that extend it.</summary>
public static class AdobeTargetDefaults
{
    /// <summary>The <see cref="System.Net.Http.IHttpClientFactory"/> name of the Delivery API client: add handlers to it, or replace its primary handler.</summary>
    public const string DeliveryHttpClientName = "AdobeTarget.Delivery";

    /// <summary>The <see cref="System.Net.Http.IHttpClientFactory"/> name of the client that downloads the on-device rules artifact and looks up geo locations.</summary>
    public const string ArtifactsHttpClientName = "AdobeTarget.Artifacts";
}
