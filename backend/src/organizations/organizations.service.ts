import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { Organization } from './organization.entity.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async get(id: string): Promise<Organization> {
    const organization = await this.organizations.findOneBy({ id });
    if (!organization) {
      throw new FeatureError(Code.ORGANIZATION_NOT_FOUND, 'No such organization.', {
        field: 'id',
      });
    }
    return organization;
  }
}
