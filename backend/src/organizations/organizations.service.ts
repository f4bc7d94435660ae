import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { checkKod, checkOrganizationIdentity } from './client-field-checks.js';
import { Repository } from 'typeorm';
import { FeatureError } from '../common/errors/feature-error.js';
import { isUniqueViolation } from '../common/database/postgres-errors.js';
import type { CreateOrganizationDto } from './dto/create-organization.dto.js';
import { Organization } from './organization.entity.js';
import { OrganizationsErrorCode as Code } from './organizations-error-code.js';

@Injectable()
export class OrganizationsService {
  constructor(@InjectRepository(Organization) private readonly organizations: Repository<Organization>) {}

  async create(dto: CreateOrganizationDto): Promise<Organization> {
    checkOrganizationIdentity(dto.legalForm, dto.binIin, 'binIin');
    const kod = dto.kod ?? '17';
    checkKod(kod, 'kod');
    try {
      return await this.organizations.save(
        this.organizations.create({
          id: randomUUID(),
          name: dto.name.trim(),
          legalForm: dto.legalForm,
          binIin: dto.binIin,
          kod,
          noneMayPrepare: dto.noneMayPrepare ?? false,
          approvalWindowHours: dto.approvalWindowHours ?? null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new FeatureError(Code.BIN_IIN_TAKEN, 'An organization with this BIN/IIN exists.', {
          field: 'binIin',
        });
      }
      throw error;
    }
  }

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
