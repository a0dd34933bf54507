namespace AdobeTarget.Decisioning.Artifact;

/// <summary>Which geo response tokens the artifact lists.</summary>
internal sealed class ResponseTokenSettings
{
    /// <summary>Reads the settings from the artifact's list.</summary>
    public ResponseTokenSettings(RuleCompiler compiler)
    {
        GeoCity = compiler.ListsToken("geo.city");
        GeoCountry = compiler.ListsToken("geo.country");
        GeoState = compiler.ListsToken("geo.state");
        GeoLatitude = compiler.ListsToken("geo.latitude");
        GeoLongitude = compiler.ListsToken("geo.longitude");
    }

    /// <summary><c>geo.city</c> listed.</summary>
    public bool GeoCity { get; }

    /// <summary><c>geo.country</c> listed.</summary>
    public bool GeoCountry { get; }

    /// <summary><c>geo.state</c> listed.</summary>
    public bool GeoState { get; }

    /// <summary><c>geo.latitude</c> listed.</summary>
    public bool GeoLatitude { get; }

    /// <summary><c>geo.longitude</c> listed.</summary>
    public bool GeoLongitude { get; }
}
