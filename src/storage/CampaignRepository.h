// Reads what the computation core needs for one period, in one go, into core's CampaignData.
#pragma once

#include "core/Campaign.h"

#include <string>

namespace thidua::storage {

class Database;

class CampaignRepository
{
public:
    explicit CampaignRepository(Database& db)
        : m_db(db)
    {
    }

    // Throws StorageError::Invalid when the period does not exist.
    CampaignData load(const std::string& periodCode) const;

private:
    Database& m_db;
};

} // namespace thidua::storage
